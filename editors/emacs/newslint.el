;;; newslint.el --- newslint language server for Eglot  -*- lexical-binding: t; -*-

;; Author: the newslint authors
;; Version: 0.1.0
;; Package-Requires: ((emacs "29.1"))
;; Keywords: languages, wp
;; SPDX-License-Identifier: MIT OR Apache-2.0

;;; Commentary:

;; Marks quotations and their speakers, named entities and unsourced claims
;; in Markdown and plain text, through `newslint lsp' and Eglot (built into
;; Emacs 29+).  Inlay hints ("— Speaker" after a quotation) show through
;; `eglot-inlay-hints-mode', which Eglot turns on by itself.
;;
;;   (add-to-list 'load-path "/path/to/newslint/editors/emacs")
;;   (require 'newslint)
;;   (setq newslint-settings '(:rules (:weasel-wording "info")
;;                             :entities (:known ["Sergei Lavrov"])))
;;   (newslint-setup)

;;; Code:

(require 'eglot)

(defgroup newslint nil
  "Reported-prose checks through the newslint language server."
  :group 'eglot
  :prefix "newslint-")

(defcustom newslint-program '("newslint" "lsp")
  "Command that starts the server, as a list of program and arguments."
  :type '(repeat string))

(defcustom newslint-modes '(markdown-mode gfm-mode markdown-ts-mode text-mode)
  "Major modes newslint checks.
Only these exact modes: modes derived from `text-mode' (Org, say) are left alone."
  :type '(repeat symbol))

(defcustom newslint-settings nil
  "The server's `newslint' settings section, as a plist with camelCase keys.
Sent as initializationOptions and as workspace configuration, e.g.
  (:rules (:unsourced-claim \"info\" :first-reference \"off\")
   :inlayHints t :entities (:known [\"Sergei Lavrov\"]))
Unset keys keep the server's defaults and the project's .newslint.toml."
  :type 'plist)

(defun newslint--section ()
  "The settings section, `{}' rather than null when empty."
  (or newslint-settings (make-hash-table)))

(defun newslint--contact (&rest _)
  "Eglot contact: the server command plus its initialization options."
  (append newslint-program
          (list :initializationOptions
                (lambda (_server) (list :newslint (newslint--section))))))

(defun newslint-maybe-start ()
  "Start Eglot with newslint when the buffer's major mode is one of `newslint-modes'."
  (when (and (memq major-mode newslint-modes) buffer-file-name)
    (eglot-ensure)))

;;;###autoload
(defun newslint-setup ()
  "Register newslint with Eglot and start it in `newslint-modes' buffers."
  (interactive)
  ;; Markdown flavours all announce themselves as "markdown" to the server.
  (add-to-list 'eglot-server-programs
               (cons (mapcar (lambda (m)
                               (if (string-match-p "markdown\\|gfm" (symbol-name m))
                                   (list m :language-id "markdown")
                                 m))
                             newslint-modes)
                     #'newslint--contact))
  ;; Eglot answers workspace/configuration and sends didChangeConfiguration from this.
  (setq-default eglot-workspace-configuration
                (plist-put (copy-sequence (default-value 'eglot-workspace-configuration))
                           :newslint (newslint--section)))
  (dolist (mode newslint-modes)
    (add-hook (intern (format "%s-hook" mode)) #'newslint-maybe-start)))

(provide 'newslint)
;;; newslint.el ends here
