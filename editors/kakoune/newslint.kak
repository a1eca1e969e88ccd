# newslint for Kakoune through kak-lsp (kakoune-lsp >= 18). In your kakrc:
#   eval %sh{kak-lsp}
#   source /path/to/newslint/editors/kakoune/newslint.kak
# The server's settings go in the [newslint.settings.newslint] table below
# (same keys as .newslint.toml); leave it empty to use the project's file.

# Kakoune has no filetype for plain text; give .txt files one so they are checked.
hook global BufCreate .*[.](txt|text) %{ set-option buffer filetype plain }

hook global WinSetOption filetype=(markdown|plain) %{
    set-option window lsp_servers %{
        [newslint]
        root_globs = [".newslint.toml", ".git"]
        command = "newslint"
        args = ["lsp"]
        settings_section = "newslint"
        [newslint.settings.newslint]
        # rules = { weasel-wording = "info", unsourced-claim = "hint" }
    }
    lsp-enable-window
    lsp-inlay-hints-enable window
    lsp-inlay-diagnostics-enable window
}
