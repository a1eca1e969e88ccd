;;; test.el --- Emacs 30 + Eglot end-to-end test of editors/emacs/newslint.el  -*- lexical-binding: t; -*-
;; Run by tests/editors/emacs.sh: emacs --batch -Q -l test.el
;; with NEWSLINT_BIN, NEWSLINT_PLUGIN_DIR and NEWSLINT_EXAMPLE in the environment.
(require 'cl-lib)
(defvar test-counts (list 0 0))          ; passed failed
(defun say (fmt &rest args) (princ (concat (apply #'format fmt args) "\n")))
(defun check (name ok &optional detail)
  (if ok (cl-incf (nth 0 test-counts)) (cl-incf (nth 1 test-counts)))
  (say "  %-7s %s%s" (if ok "ok" "FAIL") name (if detail (concat " — " detail) ""))
  ok)
(defun wait-until (pred &optional secs)
  "Pump process output until PRED is non-nil or SECS (default 15) pass."
  (let ((end (+ (float-time) (or secs 15))) v)
    (while (and (not (setq v (funcall pred))) (< (float-time) end))
      (accept-process-output nil 0.05))
    v))

(defun uq-diags-on (line)
  "Eglot's flymake diagnostics of unbalanced-quote on 1-based LINE."
  (cl-remove-if-not
   (lambda (d)
     (and (= (line-number-at-pos (flymake-diagnostic-beg d)) line)
          (string-match-p "unbalanced-quote"
                          (format "%s %s" (flymake-diagnostic-text d)
                                  (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))))))
   (flymake-diagnostics)))

(defun run ()
  (add-to-list 'load-path (getenv "NEWSLINT_PLUGIN_DIR"))
  (require 'newslint)
  (setq newslint-program (list (getenv "NEWSLINT_BIN") "lsp"))
  (setq eglot-sync-connect t)
  (newslint-setup)
  (find-file (getenv "NEWSLINT_EXAMPLE"))
  ;; Emacs has no Markdown mode built in; text-mode is what a bare Emacs uses for prose.
  (unless (memq major-mode newslint-modes) (text-mode))
  (say "emacs %s, eglot, %s in %s" emacs-version (file-name-nondirectory buffer-file-name) major-mode)
  ;; eglot-ensure defers to post-command-hook, which batch mode never runs: connect directly.
  (unless (eglot-current-server) (apply #'eglot (eglot--guess-contact)))
  (check "eglot connected to newslint" (eglot-current-server))
  (flymake-mode 1)
  (let* ((qline (save-excursion (goto-char (point-min))
                                (and (search-forward "“In general, the West" nil t)
                                     (line-number-at-pos))))
         d)
    (unless (check "example contains the mismatched quotation" qline) (error "no quotation"))
    (wait-until (lambda () (flymake-start) (uq-diags-on qline)))
    (dolist (x (flymake-diagnostics))
      (say "    DIAG %d:%d %s %s" (line-number-at-pos (flymake-diagnostic-beg x))
           (save-excursion (goto-char (flymake-diagnostic-beg x)) (current-column))
           (flymake-diagnostic-type x) (flymake-diagnostic-text x)))
    (setq d (car (uq-diags-on qline)))
    (check "unbalanced-quote at the opening mark"
           (and d (eq (flymake-diagnostic-type d) 'eglot-error)
                (save-excursion (goto-char (flymake-diagnostic-beg d))
                                (looking-at "“In general")))
           (if d (format "line %d" qline) (format "none on line %d" qline)))
    ;; Hover inside the quotation, through Eglot's connection.
    (let ((r (save-excursion
               (goto-char (point-min)) (forward-line (1- qline)) (forward-char 5)
               (jsonrpc-request (eglot-current-server) :textDocument/hover
                                (eglot--TextDocumentPositionParams)))))
      (say "    HOVER %S" (plist-get (plist-get r :contents) :value))
      (check "hover on a quotation" (plist-get r :contents)))
    ;; Edit: the straight closing mark becomes ” and the diagnostic goes away.
    (save-excursion
      (goto-char (point-min)) (forward-line (1- qline)) (end-of-line)
      (skip-chars-backward " \t")
      (when (eq (char-before) ?\") (delete-char -1) (insert "”")))
    ;; Eglot sends didChange from an idle timer, and batch Emacs is never idle.
    (eglot--signal-textDocument/didChange)
    (check "edit clears the diagnostic"
           (and d (wait-until (lambda () (flymake-start) (null (uq-diags-on qline))))))))

(condition-case err (run)
  (error (check "test script" nil (error-message-string err))))
(ignore-errors (eglot-shutdown (eglot-current-server)))
(say "emacs: %d passed, %d failed" (nth 0 test-counts) (nth 1 test-counts))
(say "%s emacs eglot e2e on %s" (if (zerop (nth 1 test-counts)) "PASS" "FAIL")
     (file-name-nondirectory (getenv "NEWSLINT_EXAMPLE")))
(kill-emacs (if (zerop (nth 1 test-counts)) 0 1))
