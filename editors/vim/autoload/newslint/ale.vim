" newslint for Vim + ALE: shared pieces of the text and markdown linters.
" Options (buffer-local b: variants work too):
"   g:ale_newslint_executable  the server binary (default 'newslint')
"   g:ale_newslint_settings    the server's `newslint` settings section, e.g.
"                              {'rules': {'weasel-wording': 'info'}}
call ale#Set('newslint_executable', 'newslint')
call ale#Set('newslint_settings', {})

function! newslint#ale#Define(filetype) abort
  call ale#linter#Define(a:filetype, {
  \   'name': 'newslint',
  \   'lsp': 'stdio',
  \   'executable': {b -> ale#Var(b, 'newslint_executable')},
  \   'command': '%e lsp',
  \   'project_root': function('newslint#ale#ProjectRoot'),
  \   'initialization_options': {b -> {'newslint': newslint#ale#Settings(b)}},
  \   'lsp_config': {b -> {'newslint': newslint#ale#Settings(b)}},
  \})
endfunction

" An empty Vim dict would be sent as [] by some encoders; say {} explicitly.
function! newslint#ale#Settings(buffer) abort
  let l:s = ale#Var(a:buffer, 'newslint_settings')
  return empty(l:s) ? {} : l:s
endfunction

" The directory holding .newslint.toml or .git, else the file's own directory.
function! newslint#ale#ProjectRoot(buffer) abort
  let l:toml = ale#path#FindNearestFile(a:buffer, '.newslint.toml')
  if !empty(l:toml)
    return fnamemodify(l:toml, ':h')
  endif
  let l:git = ale#path#FindNearestDirectory(a:buffer, '.git')
  if !empty(l:git)
    return fnamemodify(l:git, ':h:h')
  endif
  return expand('#' . a:buffer . ':p:h')
endfunction
