"""The command line: quick scriptable commands over the journal file; never imports Textual."""
