" Vim + ALE end-to-end test of editors/vim against `newslint lsp`.
" Run by tests/editors/vim.sh:  vim -N -u test.vim -i NONE -es
" with NEWSLINT_BIN, NEWSLINT_PLUGIN_DIR, NEWSLINT_EXAMPLE, NEWSLINT_OUT set.
set nocompatible
let &runtimepath = $NEWSLINT_PLUGIN_DIR . ',/usr/share/vim-ale,' . &runtimepath
filetype plugin on
let g:ale_newslint_executable = $NEWSLINT_BIN
let g:ale_linters = {'text': ['newslint'], 'markdown': ['newslint']}
let g:ale_lint_on_enter = 1
runtime plugin/ale.vim

let s:out = []
let s:counts = [0, 0]
function! s:Say(s) abort
  call add(s:out, a:s)
endfunction
function! s:Check(name, ok, detail) abort
  let s:counts[a:ok ? 0 : 1] += 1
  call s:Say(printf('  %-7s %s%s', a:ok ? 'ok' : 'FAIL', a:name, empty(a:detail) ? '' : ' — ' . a:detail))
  return a:ok
endfunction
function! s:Loclist() abort
  return get(get(g:ale_buffer_info, bufnr(''), {}), 'loclist', [])
endfunction
" ALE's loclist entries for unbalanced-quote on 1-based line a:lnum.
function! s:UQ(lnum) abort
  return filter(copy(s:Loclist()), {_, d -> d.lnum == a:lnum && get(d, 'code', '') is# 'unbalanced-quote'})
endfunction
function! s:WaitFor(expr) abort
  let l:n = 0
  while l:n < 300 && !eval(a:expr)
    sleep 50m
    let l:n += 1
  endwhile
  return eval(a:expr)
endfunction

function! s:Run() abort
  execute 'edit' fnameescape($NEWSLINT_EXAMPLE)
  if &filetype is# '' | set filetype=text | endif
  call s:Say(printf('vim %d.%d, ALE, %s (%s)', v:version / 100, v:version % 100, expand('%:t'), &filetype))
  let l:qline = search('“In general, the West', 'nw')
  if !s:Check('example contains the mismatched quotation', l:qline > 0, '') | return | endif
  ALELint
  call s:WaitFor('!empty(s:UQ(' . l:qline . '))')
  for l:d in s:Loclist()
    call s:Say(printf('    DIAG %d:%d %s [%s] %s', l:d.lnum, l:d.col, l:d.type, get(l:d, 'code', ''), l:d.text))
  endfor
  let l:d = get(s:UQ(l:qline), 0, {})
  " ALE columns are 1-based byte columns.
  let l:qcol = stridx(getline(l:qline), '“In general') + 1
  call s:Check('unbalanced-quote at the opening mark', !empty(l:d) && l:d.col == l:qcol && l:d.type is# 'E',
  \ empty(l:d) ? 'none on line ' . l:qline : printf('line %d col %d type %s', l:d.lnum, l:d.col, l:d.type))
  " Edit: the straight closing mark becomes ” and the diagnostic goes away.
  let l:text = getline(l:qline)
  if l:text =~# '"\s*$'
    call setline(l:qline, substitute(l:text, '"\(\s*\)$', '”\1', ''))
    ALELint
    call s:Check('edit clears the diagnostic', !empty(l:d) && s:WaitFor('empty(s:UQ(' . l:qline . '))'), '')
  endif
endfunction

try
  call s:Run()
catch
  call s:Check('test script', 0, v:exception . ' @ ' . v:throwpoint)
endtry
call s:Say(printf('vim: %d passed, %d failed', s:counts[0], s:counts[1]))
call s:Say(printf('%s vim ale e2e on %s', s:counts[1] ? 'FAIL' : 'PASS', fnamemodify($NEWSLINT_EXAMPLE, ':t')))
call writefile(s:out, $NEWSLINT_OUT)
execute s:counts[1] ? 'cquit' : 'qall!'
