"""lumbar-facet-posterior.svg : L3, L4, L5 and the top of the sacrum seen from behind,
through a window cut in the skin and back muscles. Patient's right = picture right.
Units: millimetres, x = 0 at the midline, y down."""
from pathlib import Path
import math
from kit import *

K = 4.7
OUT = str(Path(__file__).resolve().parents[2] / "resources" / "diagrams" / "lumbar-facet-posterior.svg")
XMAX = 80.0
YMIN, YMAX = -52.0, 148.0
MARGIN = 8
VW = int(round(2 * XMAX * K + 2 * MARGIN))
VH = int(round((YMAX - YMIN) * K + 2 * MARGIN))
PX = Aff(K, 0, 0, K, VW / 2, -YMIN * K + MARGIN)

Y = {"l2": -35.0, "l3": 0.0, "l4": 35.0, "l5": 70.0, "s1": 105.0}
SX = {"l2": 0.92, "l3": 0.95, "l4": 1.0, "l5": 1.08}
TP = {"l2": (0.9, 2.0, 1.0), "l3": (1.0, 2.0, 1.0), "l4": (0.88, -7.0, 1.05), "l5": (0.72, -13.0, 1.45)}
BODY_W = {"l2": 23.0, "l3": 24.0, "l4": 25.0, "l5": 26.5}

WIN_C, WIN_RX, WIN_RY = (0.0, 48.0), 58.0, 80.0      # bone window (inner edge of muscle)
MUS_RX, MUS_RY = 67.0, 90.0                           # outer edge of muscle
FAT_RX, FAT_RY = 71.5, 94.5                           # outer edge of subcutaneous fat / skin cut


def P(p):
    return PX(p)


def mir(pts):
    return [(-p[0], p[1]) + tuple(p[2:]) for p in pts]


def lvl(name, side=1):
    """local (right-half) coordinates -> world for vertebra `name`"""
    s = SX.get(name, 1.0) * side
    return Aff(s, 0, 0, 1, 0, Y[name])


BODY = []
ANCH = {}


def A_(sid, p):
    ANCH[sid] = P(p)


_CC = P(WIN_C)


def clipw(items):
    """trim shapes to just beyond the window edge (they would show through a dimmed skin/muscle)"""
    return clip_paths_to_ellipse(items, _CC[0], _CC[1], (WIN_RX + 1.3) * K, (WIN_RY + 1.3) * K)


# ------------------------------------------------------------------ vertebra template (right half, L4 size)
ARCH_R = [
    (0, -7.6), (4.5, -8.0), (8.6, -9.4), (11.6, -11.8),
    (13.2, -15.6), (14.4, -19.8),
    (16.4, -22.2), (19.4, -22.6), (21.6, -20.6),
    (22.2, -17.0), (23.6, -13.6), (23.0, -10.2),
    ("TP", (25.0, -7.4, 'c')),
    ("TP", (29.0, -6.3)), ("TP", (35.0, -5.9)), ("TP", (41.0, -6.1)),
    ("TP", (44.0, -4.8)), ("TP", (44.6, -2.0)), ("TP", (42.6, -0.2)),
    ("TP", (36.0, -0.4)), ("TP", (29.5, 0.2)), ("TP", (24.0, 2.6, 'c')),
    (21.2, 5.6), (18.4, 8.6),
    (17.4, 12.0), (17.5, 16.2), (17.0, 20.6),
    (15.9, 24.0), (13.4, 25.4), (11.0, 24.0),
    (10.0, 19.8), (9.4, 15.0),
    (7.0, 12.0), (3.6, 11.2), (0, 11.0),
]
TP_ROOT = (24.5, -2.4)


def arch_right(name):
    f, ang, th = TP[name]
    out = []
    for item in ARCH_R:
        if isinstance(item[0], str):
            p = item[1]
            dx, dy = p[0] - TP_ROOT[0], p[1] - TP_ROOT[1]
            dx *= f
            dy *= th
            r = math.radians(ang)
            q = (TP_ROOT[0] + dx * math.cos(r) - dy * math.sin(r), TP_ROOT[1] + dx * math.sin(r) + dy * math.cos(r))
            out.append(q + tuple(p[2:]))
        else:
            out.append(item)
    return out


def to_world(name, pts, side=1):
    T = lvl(name, side)
    return [T(p) + tuple(p[2:]) for p in pts]


def arch_loop(name):
    r = to_world(name, arch_right(name), 1)
    l = to_world(name, arch_right(name), -1)
    loop = r + l[::-1][1:-1]
    return [(q[0], max(q[1], YMIN + 4)) + tuple(q[2:]) for q in loop]


def tp_point(name, p, side=1):
    f, ang, th = TP[name]
    dx, dy = p[0] - TP_ROOT[0], p[1] - TP_ROOT[1]
    dx *= f
    dy *= th
    r = math.radians(ang)
    q = (TP_ROOT[0] + dx * math.cos(r) - dy * math.sin(r), TP_ROOT[1] + dx * math.sin(r) + dy * math.cos(r))
    return lvl(name, side)(q)


SPINOUS = [(0, -8.8), (3.0, -8.2), (3.9, -4.6), (3.5, 1.0), (4.0, 7.5), (4.7, 12.6), (3.6, 15.9), (0, 16.8)]


def vertebra_items(name):
    items = []
    yc = Y[name]
    bw = BODY_W[name]
    # vertebral body, seen from behind (deeper, so a little darker)
    body = [(-bw + 3, yc - 13.5), (0, yc - 13.8), (bw - 3, yc - 13.5), (bw, yc - 11.0), (bw - 1.2, yc),
            (bw, yc + 11.0), (bw - 3, yc + 13.5), (0, yc + 13.8), (-bw + 3, yc + 13.5), (-bw, yc + 11.0),
            (-bw + 1.2, yc), (-bw, yc - 11.0)]
    items.append(path(sd([P(q) for q in body], k=0.8), fill=BONE_SH, stroke="#7D6A55", sw=1.5))
    # posterior arch
    loop = arch_loop(name)
    items.append(path(sd([P(q) + tuple(q[2:]) for q in loop], k=0.9), fill=BONE, stroke=BONE_LN, sw=2.0,
                      stroke_linejoin="round"))
    for side in (1, -1):
        T = lvl(name, side)
        # shade: lower half of the transverse process and the underside of the lamina
        tps = [tp_point(name, p, side) for p in [(25.5, -1.6), (33, -2.6), (40.5, -2.9), (43.8, -2.0), (42.2, -0.6),
                                                  (36, -0.8), (29.5, -0.2), (25.0, 1.6)]]
        items.append(path(sd([P(q) for q in tps], k=0.8), fill=BONE_SH, detail=True))
        lam = [T(p) for p in [(3.6, 10.0), (7.4, 10.8), (9.8, 14.0), (10.4, 19.0), (9.0, 15.6), (6.6, 12.2),
                              (3.6, 11.0)]]
        items.append(path(sd([P(q) for q in lam], k=0.8), fill=BONE_SH, detail=True))
        # pars / lamina surface ridge, SAP mammillary highlight
        items.append(path(sd([P(T(p)) for p in [(12.6, -11.0), (15.4, -5.0), (17.6, 2.0), (16.2, 8.0)]],
                             closed=False), stroke="#CDB994", sw=1.2, detail=True))
        items.append(path(sd([P(T(p)) for p in [(17.0, -20.4), (19.6, -20.8), (21.0, -18.6), (18.6, -18.6)]]),
                          fill=BONE_HI, detail=True))
        items.append(path(sd([P(tp_point(name, p, side)) for p in [(27.5, -5.2), (34, -4.9), (40.5, -4.9)]],
                             closed=False), stroke=BONE_HI, sw=2.0, stroke_linecap="round", detail=True))
    # spinous process (closest to the viewer)
    sp = SPINOUS + mir(SPINOUS[::-1])[1:-1]
    spw = [P((q[0], yc + q[1])) for q in sp]
    items.append(path(sd(spw, k=0.9), fill=BONE, stroke=BONE_LN, sw=2.0))
    items.append(path(sd([P((q[0] * 0.45 + 0.9, yc + q[1] * 0.82 + 0.8)) for q in SPINOUS[1:-1]], closed=False),
                      stroke=BONE_SH, sw=3.0, stroke_linecap="round", detail=True))
    items.append(path(sd([P((-1.2, yc - 6.0)), P((-1.6, yc + 3.0)), P((-1.4, yc + 12.0))], closed=False),
                      stroke=BONE_HI, sw=2.0, stroke_linecap="round", detail=True))
    return items


# ------------------------------------------------------------------ sacrum
SAC_R = [
    (0, -7.4), (5.0, -8.0), (9.8, -9.8), (13.0, -12.4),
    (14.6, -16.4), (15.8, -20.6),
    (18.0, -23.0), (21.6, -23.4), (24.4, -21.2),
    (25.4, -17.0), (26.6, -13.0),
    (29.0, -10.8, 'c'),
    (35.0, -10.0), (42.0, -8.2), (48.5, -5.0), (52.6, -0.8),
    (54.0, 6.0), (53.6, 16.0), (52.0, 30.0), (49.5, 44.0), (46.0, 58.0),
    (42.0, 66.0, 'c'), (0, 66.0, 'c'),
]


def sacrum_items():
    ys = Y["s1"]
    items = []
    loop = [(p[0], min(ys + p[1], YMAX - 4)) + tuple(p[2:]) for p in SAC_R]
    loop = loop + mir(loop[::-1])[1:-1]
    items.append(path(sd([P(q) + tuple(q[2:]) for q in loop], k=0.9), fill=BONE, stroke=BONE_LN, sw=2.0,
                      stroke_linejoin="round"))
    for side in (1, -1):
        X = (lambda pts: pts) if side == 1 else mir
        # posterior sacral foramina (dark openings with a shaded rim)
        for (cx, cy, rx, ry) in [(18.0, 8.0, 3.0, 2.5), (16.6, 33.0, 2.7, 2.3)]:
            items.append(path(sd([P(q) for q in X(ellipse_pts(cx, ys + cy, rx + 1.3, ry + 1.2, 0, 10))]),
                              fill=BONE_SH, detail=True))
            items.append(path(sd([P(q) for q in X(ellipse_pts(cx, ys + cy, rx, ry, 0, 10))]), fill="#A8957A",
                              stroke=BONE_LN, sw=1.4, detail=True))
        # intermediate and lateral sacral crests
        items.append(path(sd([P(q) for q in X([(14.4, ys - 8.0), (12.6, ys + 10.0), (12.0, ys + 30.0),
                                                 (11.4, ys + 40.0)])], closed=False), stroke="#CDB994", sw=1.4, detail=True))
        items.append(path(sd([P(q) for q in X([(27.0, ys - 2.0), (25.0, ys + 18.0), (23.6, ys + 40.0),
                                                 (22.6, ys + 40.0)])], closed=False), stroke="#CDB994", sw=1.4, detail=True))
        # ala surface shading + superior articular process highlight
        items.append(path(sd([P(q) for q in X([(30.0, ys - 8.8), (42.0, ys - 6.6), (50.6, ys - 0.6), (51.6, ys + 8.0),
                                                 (44.0, ys + 2.0), (34.0, ys - 3.0)])]), fill=BONE_SH, detail=True))
        items.append(path(sd([P(q) for q in X([(18.2, ys - 21.0), (21.4, ys - 21.6), (23.0, ys - 19.0),
                                                 (20.0, ys - 19.0)])]), fill=BONE_HI, detail=True))
    # median sacral crest tubercles
    for (y0, y1, w) in [(-3.0, 10.0, 3.6), (21.0, 30.0, 3.0)]:
        tub = [(0, ys + y0), (w * 0.8, ys + y0 + 1.0), (w, ys + (y0 + y1) / 2), (w * 0.8, ys + y1 - 1.0),
               (0, ys + y1), (-w * 0.8, ys + y1 - 1.0), (-w, ys + (y0 + y1) / 2), (-w * 0.8, ys + y0 + 1.0)]
        items.append(path(sd([P(q) for q in tub]), fill=BONE, stroke=BONE_LN, sw=1.6))
    return items


# ------------------------------------------------------------------ background (deep tissue seen in the window)
bg = ellipse_pts(WIN_C[0], WIN_C[1], WIN_RX + 2, WIN_RY + 2, 0, 24)
BODY.append('  <g>\n    ' + path(sd([P(q) for q in bg]), fill="#F6EAE6") + '\n  </g>')

# ------------------------------------------------------------------ discs (deep, between bodies)
for up, lo, dw in (("l2", "l3", 23.5), ("l3", "l4", 24.5), ("l4", "l5", 25.8), ("l5", "s1", 26.6)):
    y0, y1 = Y[up] + 12.0, Y[lo] - 12.0 if lo != "s1" else Y[up] + 24.0
    d = [(-dw + 1.5, y0), (0, y0 - 0.3), (dw - 1.5, y0), (dw + 1.0, (y0 + y1) / 2), (dw - 1.5, y1), (0, y1 + 0.3),
         (-dw + 1.5, y1), (-dw - 1.0, (y0 + y1) / 2)]
    items = [path(sd([P(q) for q in d], k=0.8), fill="#B7C6D6", stroke=DISC_LN, sw=1.3)]
    items.append(path(sd([P(q) for q in [(-dw + 3, (y0 + y1) / 2), (0, (y0 + y1) / 2 + 0.4), (dw - 3, (y0 + y1) / 2)]],
                         closed=False), stroke=DISC_LN, sw=1.0, opacity=0.35, detail=True))
    BODY.append(group(f"disc-{up}-{lo}", clipw(items)))
    A_(f"disc-{up}-{lo}", (-dw + 0.5, (y0 + y1) / 2))

# ------------------------------------------------------------------ ligamentum flavum (between the laminae)
LF_R = [(0, 10.0), (4.0, 10.3), (8.8, 12.6), (10.6, 17.0), (11.8, 22.2), (12.8, 25.6), (8.6, 26.6), (4.5, 27.6),
        (0, 28.0)]
lf_items = []
for up, lo in (("l2", "l3"), ("l3", "l4"), ("l4", "l5"), ("l5", "s1")):
    T = lvl(up)
    r = [T(p) for p in LF_R]
    loop = r + mir(r[::-1])[1:-1]
    lf_items.append(path(sd([P(q) for q in loop], k=0.8), fill=LIG, stroke=LIG_LN, sw=1.3))
    for x in (-4.5, 0, 4.5):
        lf_items.append(path(ld([P((x, Y[up] + 13.0)), P((x * 1.1, Y[up] + 25.5))], closed=False), stroke=LIG_LN,
                             sw=0.9, opacity=0.45, detail=True))
BODY.append(group("ligamentum-flavum", clipw(lf_items)))
A_("ligamentum-flavum", (-6.0, Y["l4"] + 20.0))

# ------------------------------------------------------------------ bones: sacrum, then L5 .. L2 (upper bones overlap lower)
BODY.append(group("sacrum", clipw(sacrum_items())))
A_("sacrum", (-29.0, Y["s1"] + 0.0))
for name in ("l5", "l4", "l3", "l2"):
    BODY.append(group("vertebra-" + name, clipw(vertebra_items(name))))
    A_("vertebra-" + name, (-7.2, Y[name] - 3.0) if name != "l2" else (-7.0, Y[name] + 16.0))


# ------------------------------------------------------------------ facet joints (capsule over the joint line)
def facet_items(up):
    items = []
    for side in (1, -1):
        T = lvl(up, side)
        line = [T(p) for p in [(17.2, 8.6), (17.4, 12.0), (17.5, 16.2), (17.0, 20.6), (15.9, 24.0), (14.6, 26.4)]]
        capo = [T(p) for p in [(17.2, 6.8), (19.4, 9.0), (20.0, 14.6), (19.4, 21.0), (17.4, 25.8), (15.0, 27.8),
                               (13.8, 26.2), (15.2, 21.4), (15.8, 15.0), (15.6, 9.6)]]
        items.append(path(sd([P(q) for q in capo], k=0.9), fill=CART, fill_opacity=0.4, stroke=DISC_LN, sw=1.2,
                          stroke_opacity=0.85))
        cart = [T(p) for p in [(17.9, 8.8), (18.2, 12.0), (18.3, 16.2), (17.8, 20.8), (16.6, 24.6), (15.2, 26.8),
                               (14.4, 26.2), (15.6, 24.0), (16.6, 20.6), (16.9, 16.2), (16.8, 12.0), (16.6, 8.8)]]
        items.append(path(sd([P(q) for q in cart], k=0.8), fill=CART, stroke=DISC_LN, sw=1.0))
        items.append(path(sd([P(q) for q in line], closed=False), stroke=DISC_LN, sw=1.6, stroke_linecap="round", detail=True))
    return items


for up, lo in (("l2", "l3"), ("l3", "l4"), ("l4", "l5"), ("l5", "s1")):
    BODY.append(group(f"facet-joint-{up}-{lo}", clipw(facet_items(up))))
    ANCH[f"facet-joint-{up}-{lo}"] = P(lvl(up, 1)((20.6, 11.0))) if up != "l2" else P(lvl(up, -1)((20.6, 14.0)))

# ------------------------------------------------------------------ medial branches
MB_MAIN = [(26.4, -17.6), (24.8, -13.0), (23.2, -7.4), (22.3, -2.2), (20.9, 2.6), (18.4, 5.8), (14.6, 7.6),
           (10.8, 9.6), (7.4, 13.0)]
MB_UP = [(20.2, 3.8), (18.6, 0.2), (17.4, -4.6), (17.0, -7.8)]
MB_DOWN = [(12.8, 8.6), (14.6, 11.4), (15.8, 14.8)]
SAC_MB = [(32.8, -21.0), (29.6, -14.6), (27.8, -8.6), (26.2, -3.0), (23.0, 0.8), (18.8, 2.0), (14.6, 1.6),
          (11.0, 2.8), (7.8, 5.4)]
SAC_UP = [(20.6, 1.6), (18.6, -2.4), (17.6, -6.6)]


def nerve_tube(pts_world, w0, w1):
    Lp, Rp = tube(pts_world, [(0, w0), (1.0, w1)], step=0.4)
    poly = [P(q) for q in Lp + Rp[::-1]]
    return path(sd(poly[::2] + [poly[-1]], k=0.5), fill=NERVE, stroke=NERVE_LN, sw=1.3)


def mb_items(crosses):
    items = []
    for side in (1, -1):
        if crosses == "s1":
            T = Aff(side, 0, 0, 1, 0, Y["s1"])
            parts = ((SAC_MB, 1.5, 1.0), (SAC_UP, 0.9, 0.6))
        else:
            T = lvl(crosses, side)
            parts = ((MB_MAIN, 1.5, 1.0), (MB_UP, 0.9, 0.6), (MB_DOWN, 0.9, 0.6))
        for cl, w0, w1 in parts:
            items.append(nerve_tube([T(p) for p in cl], w0, w1))
    return items


MB_OF = {"l2": "l3", "l3": "l4", "l4": "l5", "l5": "s1"}
for nm, crosses in MB_OF.items():
    BODY.append(group("medial-branch-" + nm, clipw(mb_items(crosses))))
    if crosses == "s1":
        ANCH["medial-branch-" + nm] = P((29.3, Y["s1"] - 13.6))
    else:
        ANCH["medial-branch-" + nm] = P(lvl(crosses, 1)((24.7, -13.0)))


# ------------------------------------------------------------------ muscle ring and skin frame
def ring(rx0, ry0, rx1, ry1, n=48):
    o = ellipse_pts(WIN_C[0], WIN_C[1], rx1, ry1, 0, n)
    i = ellipse_pts(WIN_C[0], WIN_C[1], rx0, ry0, 0, n)
    return sd([P(q) for q in o]) + sd([P(q) for q in i[::-1]])


mus = [path(ring(WIN_RX, WIN_RY, MUS_RX, MUS_RY), fill=MUSCLE_FILL, stroke=MUSCLE_LN, sw=1.6,
            fill_rule="evenodd")]
# fibres of the cut muscle edge run up and down (erector spinae)
for i in range(40):
    a = 2 * math.pi * i / 40
    p0 = (WIN_C[0] + (WIN_RX + 1.2) * math.cos(a), WIN_C[1] + (WIN_RY + 1.2) * math.sin(a))
    p1 = (WIN_C[0] + (MUS_RX - 1.2) * math.cos(a + 0.02), WIN_C[1] + (MUS_RY - 1.2) * math.sin(a + 0.02))
    mus.append(path(ld([P(p0), P(p1)], closed=False), stroke=MUSCLE_FIB, sw=1.0, detail=True))
BODY.append(group("muscle", mus))
A_("muscle", (WIN_C[0] - (WIN_RX + MUS_RX) / 2 * math.cos(math.radians(40)),
              WIN_C[1] - (WIN_RY + MUS_RY) / 2 * math.sin(math.radians(40))))

R = 16.0
frame_pts = [(-XMAX + R, YMIN + 1, 'c'), (XMAX - R, YMIN + 1, 'c'), (XMAX - 1, YMIN + R, 'c'),
             (XMAX - 1, YMAX - R, 'c'), (XMAX - R, YMAX - 1, 'c'), (-XMAX + R, YMAX - 1, 'c'),
             (-XMAX + 1, YMAX - R, 'c'), (-XMAX + 1, YMIN + R, 'c')]


def rrect(x0, y0, x1, y1, r):
    q = lambda p: " ".join(fmt(v) for v in P(p))
    k = 0.5523 * r
    return ("M" + q((x0 + r, y0)) + "L" + q((x1 - r, y0)) + "C" + q((x1 - r + k, y0)) + " " + q((x1, y0 + r - k)) + " " +
            q((x1, y0 + r)) + "L" + q((x1, y1 - r)) + "C" + q((x1, y1 - r + k)) + " " + q((x1 - r + k, y1)) + " " +
            q((x1 - r, y1)) + "L" + q((x0 + r, y1)) + "C" + q((x0 + r - k, y1)) + " " + q((x0, y1 - r + k)) + " " +
            q((x0, y1 - r)) + "L" + q((x0, y0 + r)) + "C" + q((x0, y0 + r - k)) + " " + q((x0 + r - k, y0)) + " " +
            q((x0 + r, y0)) + "Z")


skin = []
hole = ellipse_pts(WIN_C[0], WIN_C[1], FAT_RX, FAT_RY, 0, 48)
skin.append(path(rrect(-XMAX + 0.5, YMIN + 0.5, XMAX - 0.5, YMAX - 0.5, R) + sd([P(q) for q in hole[::-1]]), fill=SKIN,
                 stroke=SKIN_LN, sw=1.8, fill_rule="evenodd"))
# cut edge: dermis band + subcutaneous fat
skin.append(path(ring(MUS_RX - 0.3, MUS_RY - 0.3, FAT_RX - 1.8, FAT_RY - 1.8), fill=FAT, stroke=FAT_LN, sw=1.0,
                 fill_rule="evenodd"))
skin.append(path(ring(FAT_RX - 1.8, FAT_RY - 1.8, FAT_RX + 0.2, FAT_RY + 0.2), fill="#E7C2A3", stroke=SKIN_LN, sw=1.2,
                 fill_rule="evenodd"))
# midline furrow of the back above and below the window
skin.append(path(sd([P((0, YMIN + 6)), P((0.4, YMIN + 14)), P((0, WIN_C[1] - FAT_RY - 2))], closed=False),
                 stroke=SKIN_LN, sw=1.4, opacity=0.45, stroke_linecap="round", detail=True))
skin.append(path(sd([P((0, WIN_C[1] + FAT_RY + 2)), P((0.3, YMAX - 6))], closed=False),
                 stroke=SKIN_LN, sw=1.4, opacity=0.45, stroke_linecap="round", detail=True))
BODY.append(group("skin", skin))
A_("skin", (-XMAX + 12, YMIN + 30))

# ------------------------------------------------------------------ overlays (patient's right side only)
OV = []
DIR_MB = norm((0.36, 1.0))
DIR_F = norm((0.62, 1.0))
NEEDLES = {
    "needle-facet-l4-l5": (lvl("l4")((17.3, 16.8)), DIR_F, 60),
    "needle-medial-branch-l3": (lvl("l4")((23.1, -6.4)), DIR_MB, 62),
    "needle-medial-branch-l4": (lvl("l5")((23.1, -6.4)), DIR_MB, 56),
}
# contrast in the right L4-L5 facet joint
T4 = lvl("l4")
cf = [T4(p) for p in [(17.0, 5.6), (19.2, 7.6), (19.4, 12.0), (19.4, 16.2), (18.8, 21.0), (17.4, 25.0), (15.2, 28.6),
                      (13.4, 28.2), (14.2, 25.6), (15.8, 21.6), (16.2, 16.2), (16.0, 12.0), (15.8, 7.8)]]
OV.append(("contrast-facet-l4-l5", [path(sd([P(q) for q in cf], k=0.8), fill=CONTRAST, opacity=0.72)]))
for nm in ("l3", "l4"):
    tip, d, L = NEEDLES["needle-medial-branch-" + nm]
    c = add(tip, d, 2.2)
    ang = math.degrees(math.atan2(d[1], d[0]))
    OV.append(("rf-lesion-" + nm, [path(sd([P(q) for q in ellipse_pts(c[0], c[1], 6.2, 4.2, ang, 12)]), fill=HEAT,
                                        opacity=0.3),
                                   path(sd([P(q) for q in ellipse_pts(c[0], c[1], 4.6, 3.0, ang, 12)]), fill=HEAT,
                                        opacity=0.6)]))
    ANCH["rf-lesion-" + nm] = P(add(c, (d[1], -d[0]), 4.0))
for gid, (tip, d, L) in NEEDLES.items():
    tp = P(tip)
    ep = P(add(tip, d, L))
    items, mid = needle(tp, ep, w=5.0, beyond=0)
    OV.append((gid, items))
    ANCH[gid] = lerp(tp, ep, 0.55)

order = ["contrast-facet-l4-l5", "rf-lesion-l3", "rf-lesion-l4", "needle-facet-l4-l5", "needle-medial-branch-l3",
         "needle-medial-branch-l4"]
OV.sort(key=lambda o: order.index(o[0]))

anchors = ["  <g id=\"anchors\">"] + ["    " + anchor(k_, v_) for k_, v_ in ANCH.items()] + ["  </g>"]
svg_body = BODY + ["\n".join(anchors)] + [group(gid, items, class_="overlay") for gid, items in OV]
open(OUT, "w").write(document(VW, VH, [], svg_body))
print("wrote", OUT, VW, VH)
