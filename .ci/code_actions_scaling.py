#!/usr/bin/env python3
"""Times a code action request over one long line, as clients that ask for the cursor's line do.

The document is one line of N sentences, each with a loaded attribution verb (a finding, so a
"disable for this line" fix each). Prints the round trip of the request (the server's work
plus this client reading the reply) for each N; linear grows 2x per doubling.

usage: code_actions_scaling.py BINARY [N ...]    (default N: 2000 4000 8000)
"""
import json
import subprocess
import sys
import time


def round_trip(binary, n):
    text = "The minister claimed it was fine. " * n
    server = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL)

    def send(message):
        body = json.dumps(message).encode()
        server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        server.stdin.flush()

    def receive():
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            header += server.stdout.read(1)
        length = next(int(line.split(b":")[1]) for line in header.split(b"\r\n")
                      if line.lower().startswith(b"content-length"))
        return json.loads(server.stdout.read(length))

    def wait_for(wanted):
        while True:
            message = receive()
            if "id" in message and "method" in message:  # a request from the server
                items = message.get("params", {}).get("items", [])
                result = [{}] * len(items) if message["method"] == "workspace/configuration" else None
                send({"jsonrpc": "2.0", "id": message["id"], "result": result})
            elif wanted(message):
                return message

    try:
        send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
              "params": {"processId": None, "rootUri": None, "capabilities": {}}})
        wait_for(lambda m: m.get("id") == 1)
        send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        uri = "file:///tmp/one-line.txt"
        send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "plaintext", "version": 1, "text": text}}})
        wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                 and m["params"]["diagnostics"])
        start = time.perf_counter()
        send({"jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction", "params": {
            "textDocument": {"uri": uri},
            "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": len(text)}},
            "context": {"diagnostics": []}}})
        reply = wait_for(lambda m: m.get("id") == 2)
        return time.perf_counter() - start, len(reply["result"])
    finally:
        server.kill()


def main():
    binary = sys.argv[1]
    sizes = [int(n) for n in sys.argv[2:]] or [2000, 4000, 8000]
    for n in sizes:
        seconds, actions = round_trip(binary, n)
        print(f"N={n}: {actions} actions in {seconds:.2f} s")


if __name__ == "__main__":
    main()
