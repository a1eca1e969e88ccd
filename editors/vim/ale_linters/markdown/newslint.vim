" ALE linter: newslint language server for markdown buffers (see autoload/newslint/ale.vim).
call newslint#ale#Define('markdown')
