"""Start-up machinery: the warm-up and private-Textual helpers with fail-safes."""
