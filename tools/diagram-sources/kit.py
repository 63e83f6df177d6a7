"""Tiny SVG drawing kit: affine frames, Catmull-Rom smoothing, tubes, needles."""
import math

# ---------------------------------------------------------------- palette
BONE = "#F3E9D2"
BONE_IN = "#FAF5EA"      # cancellous (inner) bone, lighter
BONE_SH = "#E6D7B8"      # shaded bone face
BONE_HI = "#FBF7EE"
BONE_LN = "#5B4A3A"
DISC = "#9FB3C8"
DISC_IN = "#C7D4E1"
DISC_LN = "#4A5E73"
CART = "#CFDAE6"         # articular cartilage / joint
NERVE = "#F2C230"
NERVE_LN = "#8A6A00"
DURA = "#CFE3F2"
DURA_IN = "#E7F1F9"
DURA_LN = "#3C6E91"
ROOTLET = "#F7E7A1"
FAT = "#FBF3D0"
FAT_LN = "#D8C98E"
MUSCLE = "#B9786A"
MUSCLE_LN = "#7A4A3F"
MUSCLE_FILL = "#D6B0A6"     # #B9786A at ~55 % over white, pre-blended (opaque is cheaper to paint)
MUSCLE_FIB = "#B68C82"      # fibre / septum lines
SKIN = "#F1D3B8"
SKIN_LN = "#A0785A"
LIG = "#D9B77E"
LIG_LN = "#8C6A3C"
STEEL = "#C9CED6"
STEEL_HI = "#F4F6F9"
STEEL_LN = "#2E3440"
HUB = "#8E98A6"
CONTRAST = "#1AA39A"
HEAT = "#E4572E"
HERN = "#8198B2"
HERN_LN = "#3A4E63"


def fmt(v):
    s = f"{v:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    if s == "-0":
        s = "0"
    return s


class Aff:
    """x' = a x + c y + e ; y' = b x + d y + f"""

    def __init__(self, a=1.0, b=0.0, c=0.0, d=1.0, e=0.0, f=0.0):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f

    def __call__(self, p):
        x, y = p[0], p[1]
        return (self.a * x + self.c * y + self.e, self.b * x + self.d * y + self.f)

    def __matmul__(self, o):  # self after o
        return Aff(self.a * o.a + self.c * o.b, self.b * o.a + self.d * o.b,
                   self.a * o.c + self.c * o.d, self.b * o.c + self.d * o.d,
                   self.a * o.e + self.c * o.f + self.e, self.b * o.e + self.d * o.f + self.f)

    def vec(self, v):
        return (self.a * v[0] + self.c * v[1], self.b * v[0] + self.d * v[1])


ID = Aff()


def frame(origin, ang_deg, scale=1.0, flipx=False):
    """Local x axis along angle, local y axis 90deg clockwise (screen) from it."""
    r = math.radians(ang_deg)
    c, s = math.cos(r) * scale, math.sin(r) * scale
    sx = -1 if flipx else 1
    return Aff(c * sx, s * sx, -s, c, origin[0], origin[1])


def add(p, q, k=1.0):
    return (p[0] + k * q[0], p[1] + k * q[1])


def sub(p, q):
    return (p[0] - q[0], p[1] - q[1])


def mul(p, k):
    return (p[0] * k, p[1] * k)


def lerp(p, q, t):
    return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)


def norm(v):
    L = math.hypot(v[0], v[1]) or 1.0
    return (v[0] / L, v[1] / L)


def dist(p, q):
    return math.hypot(p[0] - q[0], p[1] - q[1])


def interp(knots, x):
    """piecewise-linear interpolation over [(x, y), ...]"""
    if x <= knots[0][0]:
        return knots[0][1]
    for (x0, y0), (x1, y1) in zip(knots, knots[1:]):
        if x <= x1:
            t = (x - x0) / (x1 - x0)
            return y0 + (y1 - y0) * t
    return knots[-1][1]


def sinterp(knots, x):
    """smooth (cosine-eased) interpolation."""
    if x <= knots[0][0]:
        return knots[0][1]
    for (x0, y0), (x1, y1) in zip(knots, knots[1:]):
        if x <= x1:
            t = (x - x0) / (x1 - x0)
            t = (1 - math.cos(math.pi * t)) / 2
            return y0 + (y1 - y0) * t
    return knots[-1][1]


# ---------------------------------------------------------------- curves
def smooth(pts, closed=True, k=1.0):
    """Catmull-Rom through points; a point (x, y, 'c') is a corner.
    Returns list of bezier segments (p0, c1, c2, p1)."""
    P = [(p[0], p[1]) for p in pts]
    corner = [len(p) > 2 and p[2] == 'c' for p in pts]
    n = len(P)
    segs = []
    rng = range(n) if closed else range(n - 1)
    for i in rng:
        p0, p1 = P[i], P[(i + 1) % n]
        if closed:
            pm, p2 = P[(i - 1) % n], P[(i + 2) % n]
            cm, c2f = corner[i], corner[(i + 1) % n]
        else:
            pm = P[i - 1] if i > 0 else None
            p2 = P[i + 2] if i + 2 < n else None
            cm = corner[i] or pm is None
            c2f = corner[i + 1] or p2 is None
        d01 = dist(p0, p1)
        if cm:
            c1 = lerp(p0, p1, 0.3)
        else:
            t = sub(p1, pm)
            L = dist(p1, pm) or 1
            c1 = add(p0, mul(t, k * d01 / L / 3.0))
        if c2f:
            c2 = lerp(p1, p0, 0.3)
        else:
            t = sub(p2, p0)
            L = dist(p2, p0) or 1
            c2 = sub(p1, mul(t, k * d01 / L / 3.0))
        segs.append((p0, c1, c2, p1))
    return segs


def segs_d(segs, T=ID, closed=True, move=True):
    out = []
    if not segs:
        return ""
    if move:
        out.append("M" + " ".join(fmt(v) for v in T(segs[0][0])))
    for (_, c1, c2, p1) in segs:
        out.append("C" + " ".join(fmt(v) for p in (c1, c2, p1) for v in T(p)))
    if closed:
        out.append("Z")
    return "".join(out)


SIMPLIFY_TOL = 0.25   # px


def rdp(pts, tol):
    """Ramer-Douglas-Peucker; keeps first/last and corner-flagged points."""
    if len(pts) < 3:
        return list(pts)
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    for i, p in enumerate(pts):
        if len(p) > 2:
            keep[i] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        pa, pb = pts[a], pts[b]
        dx, dy = pb[0] - pa[0], pb[1] - pa[1]
        L = math.hypot(dx, dy) or 1e-9
        best, bi = -1.0, -1
        for i in range(a + 1, b):
            p = pts[i]
            d = abs((p[0] - pa[0]) * dy - (p[1] - pa[1]) * dx) / L
            if keep[i]:
                d = 1e9
            if d > best:
                best, bi = d, i
        if bi > 0 and best > tol:
            keep[bi] = True
            stack.append((a, bi))
            stack.append((bi, b))
    return [p for p, k in zip(pts, keep) if k]


def sd(pts, T=ID, closed=True, k=1.0, tol=None):
    """smooth path d through pts (long point lists are simplified first, in output units)"""
    if len(pts) > 16 and T is ID:
        tl = SIMPLIFY_TOL * 2 if tol is None else tol
        pts = list(pts)
        if closed:
            far = max(range(len(pts)), key=lambda i: dist(pts[0], pts[i]))
            a = rdp(pts[:far + 1], tl)
            b = rdp(pts[far:] + [pts[0]], tl)
            pts = a[:-1] + b[:-1]
        else:
            pts = rdp(pts, tl)
    return segs_d(smooth(pts, closed, k), T, closed)


def ld(pts, T=ID, closed=True):
    """polyline/polygon path d"""
    if len(pts) > 16 and T is ID:
        pts = list(pts)
        if closed:
            far = max(range(len(pts)), key=lambda i: dist(pts[0], pts[i]))
            pts = rdp(pts[:far + 1], SIMPLIFY_TOL)[:-1] + rdp(pts[far:] + [pts[0]], SIMPLIFY_TOL)[:-1]
        else:
            pts = rdp(pts, SIMPLIFY_TOL)
    s = "M" + " L".join(" ".join(fmt(v) for v in T(p)) for p in pts)
    return s + ("Z" if closed else "")


def ellipse_pts(cx, cy, rx, ry, rot=0.0, n=12):
    r = math.radians(rot)
    out = []
    for i in range(n):
        a = 2 * math.pi * i / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        out.append((cx + x * math.cos(r) - y * math.sin(r), cy + x * math.sin(r) + y * math.cos(r)))
    return out


def sample_segs(segs, per=8):
    """points along bezier segments"""
    pts = []
    for (p0, c1, c2, p1) in segs:
        for i in range(per):
            t = i / per
            mt = 1 - t
            x = mt**3 * p0[0] + 3 * mt * mt * t * c1[0] + 3 * mt * t * t * c2[0] + t**3 * p1[0]
            y = mt**3 * p0[1] + 3 * mt * mt * t * c1[1] + 3 * mt * t * t * c2[1] + t**3 * p1[1]
            pts.append((x, y))
    pts.append(segs[-1][3])
    return pts


def polyline_len(pts):
    return sum(dist(a, b) for a, b in zip(pts, pts[1:]))


def resample(pts, step):
    """resample polyline at ~equal spacing; returns list of (point, unit tangent, s)"""
    out = []
    cum = [0.0]
    for a, b in zip(pts, pts[1:]):
        cum.append(cum[-1] + dist(a, b))
    total = cum[-1]
    n = max(2, int(total / step) + 1)
    j = 0
    for i in range(n + 1):
        s = total * i / n
        while j < len(pts) - 2 and cum[j + 1] < s:
            j += 1
        seg = cum[j + 1] - cum[j] or 1
        t = (s - cum[j]) / seg
        p = lerp(pts[j], pts[j + 1], t)
        tan = norm(sub(pts[j + 1], pts[j]))
        out.append((p, tan, s))
    return out


def tube(center_pts, widths, step=1.0, k=1.0):
    """center_pts: smooth open curve control points; widths: knots [(frac, w)].
    Returns (left_edge, right_edge) point lists (left = +normal)."""
    segs = smooth(center_pts, closed=False, k=k)
    pts = sample_segs(segs, 10)
    rs = resample(pts, step)
    total = rs[-1][2]
    L, R = [], []
    for p, t, s in rs:
        w = sinterp(widths, s / total) / 2
        nrm = (-t[1], t[0])
        L.append(add(p, nrm, w))
        R.append(add(p, nrm, -w))
    return L, R


# ---------------------------------------------------------------- svg
def attrs(**kw):
    out = []
    for k, v in kw.items():
        if v is None:
            continue
        k = k.rstrip("_").replace("_", "-")
        if isinstance(v, float):
            v = fmt(v)
        out.append(f'{k}="{v}"')
    return " ".join(out)


def el(tag, **kw):
    return f"<{tag} {attrs(**kw)}/>"


def path(d, fill="none", stroke=None, sw=None, detail=False, **kw):
    """detail=True marks shading/texture (class="detail"): the viewer's highlighter should not
    outline it, only the structure's main shapes."""
    if detail:
        kw["class_"] = "detail"
    return el("path", d=d, fill=fill, stroke=stroke, stroke_width=sw, **kw)


def group(gid, items, **kw):
    a = attrs(id=gid, **kw)
    body = "\n    ".join(items)
    return f'  <g {a}>\n    {body}\n  </g>'


def anchor(sid, p):
    return (f'<circle id="anchor-{sid}" cx="{fmt(p[0])}" cy="{fmt(p[1])}" r="2" '
            f'fill="none" stroke="none"/>')


def document(w, h, defs, body):
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
            f'width="{w}" height="{h}" viewBox="0 0 {w} {h}">\n')
    d = ("  <defs>\n" + "\n".join("    " + x for x in defs) + "\n  </defs>\n") if defs else ""
    return head + d + "\n".join(body) + "\n</svg>\n"


def lingrad(gid, p1, p2, stops):
    s = "".join(f'<stop offset="{o}" stop-color="{c}"' + (f' stop-opacity="{op}"' if op is not None else "") + "/>"
                for o, c, op in stops)
    return (f'<linearGradient id="{gid}" gradientUnits="userSpaceOnUse" x1="{fmt(p1[0])}" y1="{fmt(p1[1])}" '
            f'x2="{fmt(p2[0])}" y2="{fmt(p2[1])}">{s}</linearGradient>')


# ---------------------------------------------------------------- needle
def needle(tip, entry, w=5.0, hub_len=46.0, hub_w=17.0, lw=1.6, beyond=0.0):
    """Needle whose tip is at `tip`, shaft running back toward `entry` and `beyond` px past it,
    ending in a hub. Returns (items, mid-shaft point)."""
    d = norm(sub(tip, entry))          # direction hub -> tip
    nrm = (-d[1], d[0])
    back = add(entry, d, -beyond)      # where the shaft meets the hub
    L = dist(tip, back)
    bevel = 3.2 * w
    a_tip = add(tip, nrm, w / 2)                       # sharp point on one edge
    b_end = add(add(tip, d, -bevel), nrm, -w / 2)      # other edge ends earlier
    a_back = add(back, nrm, w / 2)
    b_back = add(back, nrm, -w / 2)
    items = []
    items.append(path(ld([a_tip, a_back, b_back, b_end]), fill=STEEL, stroke=STEEL_LN, sw=lw,
                      stroke_linejoin="round"))
    # bevel face
    items.append(path(ld([a_tip, b_end, add(b_end, nrm, w * 0.45)]), fill="#AEB5C0", stroke=STEEL_LN,
                      sw=lw * 0.6, stroke_linejoin="round", detail=True))
    # highlight line along the shaft
    h1 = add(add(back, d, 4), nrm, w * 0.12)
    h2 = add(add(tip, d, -bevel - 3), nrm, w * 0.12)
    items.append(path(ld([h1, h2], closed=False), stroke=STEEL_HI, sw=max(1.0, w * 0.25),
                      stroke_linecap="round", detail=True))
    # hub: collar + body + cap
    c0 = back
    c1 = add(back, d, -hub_len * 0.22)
    c2 = add(back, d, -hub_len)
    hw = hub_w / 2
    collar = [add(c0, nrm, w * 0.9), add(c1, nrm, hw * 0.75), add(c1, nrm, -hw * 0.75), add(c0, nrm, -w * 0.9)]
    body = [add(c1, nrm, hw), add(add(c2, d, 6), nrm, hw), add(c2, nrm, hw * 0.8),
            add(c2, nrm, -hw * 0.8), add(add(c2, d, 6), nrm, -hw), add(c1, nrm, -hw)]
    items.append(path(ld(collar), fill=HUB, stroke=STEEL_LN, sw=lw, stroke_linejoin="round"))
    items.append(path(ld(body), fill=HUB, stroke=STEEL_LN, sw=lw, stroke_linejoin="round"))
    g1 = add(c1, d, -hub_len * 0.25)
    g2 = add(c1, d, -hub_len * 0.5)
    for g in (g1, g2):
        items.append(path(ld([add(g, nrm, hw * 0.8), add(g, nrm, -hw * 0.8)], closed=False),
                          stroke=STEEL_LN, sw=1.0, opacity=0.6, detail=True))
    items.append(path(ld([add(add(c1, d, -3), nrm, hw * 0.55), add(add(c2, d, 8), nrm, hw * 0.55)], closed=False),
                      stroke="#D6DBE2", sw=2.0, stroke_linecap="round", detail=True))
    mid = lerp(tip, back, 0.45)
    return items, mid


def cinterp(knots, x):
    """1-D Catmull-Rom interpolation through knots (smooth, passes through all knots)."""
    xs = [k[0] for k in knots]
    ys = [k[1] for k in knots]
    if x <= xs[0]:
        return ys[0]
    if x >= xs[-1]:
        return ys[-1]
    i = max(j for j in range(len(xs) - 1) if xs[j] <= x)
    x0, x1 = xs[i], xs[i + 1]
    h = x1 - x0
    t = (x - x0) / h
    y0, y1 = ys[i], ys[i + 1]
    m0 = (ys[i + 1] - ys[i - 1]) / (xs[i + 1] - xs[i - 1]) * h if i > 0 else (y1 - y0)
    m1 = (ys[i + 2] - ys[i]) / (xs[i + 2] - xs[i]) * h if i + 2 < len(xs) else (y1 - y0)
    t2, t3 = t * t, t * t * t
    return (2 * t3 - 3 * t2 + 1) * y0 + (t3 - 2 * t2 + t) * m0 + (-2 * t3 + 3 * t2) * y1 + (t3 - t2) * m1


# ---------------------------------------------------------------- geometric clipping of finished paths
import re as _re

_TOK = _re.compile(r"[MCLZ]|-?\d+(?:\.\d+)?")


def parse_d(d):
    """parse a path written by this kit (absolute M/C/L/Z) into subpaths of flattened points."""
    toks = _TOK.findall(d)
    subs, cur, closed = [], [], []
    i = 0
    cmd = None
    last = None
    while i < len(toks):
        t = toks[i]
        if t in "MCLZ":
            cmd = t
            i += 1
            if t == "Z":
                if cur:
                    subs.append((cur, True))
                cur = []
            continue
        if cmd == "M":
            if cur:
                subs.append((cur, False))
            last = (float(toks[i]), float(toks[i + 1]))
            cur = [last]
            i += 2
            cmd = "L"
        elif cmd == "L":
            last = (float(toks[i]), float(toks[i + 1]))
            cur.append(last)
            i += 2
        elif cmd == "C":
            c1 = (float(toks[i]), float(toks[i + 1]))
            c2 = (float(toks[i + 2]), float(toks[i + 3]))
            p1 = (float(toks[i + 4]), float(toks[i + 5]))
            for k in range(1, 11):
                tt = k / 10
                mt = 1 - tt
                cur.append((mt ** 3 * last[0] + 3 * mt * mt * tt * c1[0] + 3 * mt * tt * tt * c2[0] + tt ** 3 * p1[0],
                            mt ** 3 * last[1] + 3 * mt * mt * tt * c1[1] + 3 * mt * tt * tt * c2[1] + tt ** 3 * p1[1]))
            last = p1
            i += 6
        else:
            i += 1
    if cur:
        subs.append((cur, False))
    return subs


def clip_paths_to_ellipse(items, cx, cy, rx, ry, n=160):
    """Clip every <path> in items to an ellipse (px). Paths fully inside are left untouched."""
    inside = lambda p: ((p[0] - cx) / rx) ** 2 + ((p[1] - cy) / ry) ** 2 <= 1.0
    clipper = [(cx + rx * math.cos(2 * math.pi * k / n), cy + ry * math.sin(2 * math.pi * k / n)) for k in range(n)]

    def sh(poly):
        out = poly
        for k in range(n):
            a, b = clipper[k], clipper[(k + 1) % n]
            inp, out = out, []
            if not inp:
                break

            sgn = 1 if (b[0] - a[0]) * (cy - a[1]) - (b[1] - a[1]) * (cx - a[0]) >= 0 else -1

            def side(p, a=a, b=b, sgn=sgn):
                return sgn * ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) >= 0

            def inter(p, q):
                x1, y1, x2, y2 = p[0], p[1], q[0], q[1]
                x3, y3, x4, y4 = a[0], a[1], b[0], b[1]
                den = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4) or 1e-12
                t = ((x1 - x3) * (y3 - y4) - (y1 - y3) * (x3 - x4)) / den
                return (x1 + t * (x2 - x1), y1 + t * (y2 - y1))
            for j in range(len(inp)):
                cur, prv = inp[j], inp[j - 1]
                if side(cur):
                    if not side(prv):
                        out.append(inter(prv, cur))
                    out.append(cur)
                elif side(prv):
                    out.append(inter(prv, cur))
        return out

    res = []
    for it in items:
        m = _re.search(r' d="([^"]+)"', it)
        if not it.startswith("<path") or not m:
            res.append(it)
            continue
        subs = parse_d(m.group(1))
        if all(inside(p) for pts, _ in subs for p in pts):
            res.append(it)
            continue
        parts = []
        for pts, closed in subs:
            if closed:
                c = sh(pts)
                if len(c) >= 3:
                    far = max(range(len(c)), key=lambda i: dist(c[0], c[i]))
                    cc = rdp(c[:far + 1], 0.3)[:-1] + rdp(c[far:] + [c[0]], 0.3)[:-1]
                    parts.append(ld(cc, closed=True))
            else:
                run = []
                for p in pts:
                    if inside(p):
                        run.append(p)
                    else:
                        if len(run) >= 2:
                            parts.append(ld(rdp(run, 0.3), closed=False))
                        run = []
                if len(run) >= 2:
                    parts.append(ld(rdp(run, 0.3), closed=False))
        if parts:
            res.append(it[:m.start(1)] + "".join(parts) + it[m.end(1):])
    return res
