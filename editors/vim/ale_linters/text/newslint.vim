" ALE linter: newslint language server for text buffers (see autoload/newslint/ale.vim).
call newslint#ale#Define('text')
