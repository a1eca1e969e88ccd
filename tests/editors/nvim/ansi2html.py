"""tmux `capture-pane -e` output (ANSI SGR colours) -> a standalone HTML page."""
import html, re, sys

PALETTE = ["#000000", "#cd3131", "#0dbc79", "#e5e510", "#2472c8", "#bc3fbc", "#11a8cd", "#e5e5e5",
           "#666666", "#f14c4c", "#23d18b", "#f5f543", "#3b8eea", "#d670d6", "#29b8db", "#ffffff"]

def c256(n):
    if n < 16:
        return PALETTE[n]
    if n < 232:
        n -= 16
        r, g, b = n // 36, (n // 6) % 6, n % 6
        return "#%02x%02x%02x" % tuple(0 if v == 0 else 55 + 40 * v for v in (r, g, b))
    v = 8 + 10 * (n - 232)
    return "#%02x%02x%02x" % (v, v, v)

def main(src, title):
    out, st = [], {}
    for part in re.split(r"(\x1b\[[0-9;:]*m)", src):
        m = re.fullmatch(r"\x1b\[([0-9;:]*)m", part)
        if not m:
            if part:
                style = ";".join(f"{k}:{v}" for k, v in st.items())
                out.append(f'<span style="{style}">{html.escape(part)}</span>' if style else html.escape(part))
            continue
        codes = []
        for tok in m.group(1).split(";"):
            if ":" in tok:  # colon sub-parameters: 4:3 (undercurl), 58:2::r:g:b (underline colour)
                sub = [int(x) if x else 0 for x in tok.split(":")]
                if sub[0] == 4:
                    st["text-decoration"] = "underline wavy" if sub[1:2] == [3] else ("underline" if sub[1:2] != [0] else "none")
                elif sub[0] in (38, 48, 58) and sub[1] == 2:
                    rgb = "#%02x%02x%02x" % tuple(sub[-3:])
                    st[{38: "color", 48: "background", 58: "text-decoration-color"}[sub[0]]] = rgb
                continue
            codes.append(int(tok) if tok else 0)
        i = 0
        while i < len(codes):
            c = codes[i]
            if c == 0: st = {}
            elif c == 1: st["font-weight"] = "bold"
            elif c == 3: st["font-style"] = "italic"
            elif c in (4, 21): st["text-decoration"] = "underline"
            elif c == 22: st.pop("font-weight", None)
            elif c == 24: st.pop("text-decoration", None)
            elif c == 58 and i + 1 < len(codes) and codes[i + 1] == 2:
                st["text-decoration-color"] = "#%02x%02x%02x" % tuple(codes[i + 2:i + 5]); i += 4
            elif c == 59: st.pop("text-decoration-color", None)
            elif c in (38, 48) and i + 1 < len(codes):
                key = "color" if c == 38 else "background"
                if codes[i + 1] == 5: st[key] = c256(codes[i + 2]); i += 2
                elif codes[i + 1] == 2: st[key] = "#%02x%02x%02x" % tuple(codes[i + 2:i + 5]); i += 4
            elif c == 39: st.pop("color", None)
            elif c == 49: st.pop("background", None)
            elif 30 <= c <= 37: st["color"] = PALETTE[c - 30]
            elif 40 <= c <= 47: st["background"] = PALETTE[c - 40]
            elif 90 <= c <= 97: st["color"] = PALETTE[c - 82]
            elif 100 <= c <= 107: st["background"] = PALETTE[c - 92]
            i += 1
    return (f"<!doctype html><meta charset=utf-8><title>{html.escape(title)}</title>"
            "<body style='margin:0;background:#14161b'><pre style=\"margin:0;padding:8px;color:#e0e2ea;"
            "font:14px/1.25 'DejaVu Sans Mono',monospace\">" + "".join(out) + "</pre>")

if __name__ == "__main__":
    sys.stdout.write(main(open(sys.argv[1], encoding="utf-8").read(), sys.argv[2] if len(sys.argv) > 2 else ""))
