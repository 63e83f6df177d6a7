"""lumbar-vertebra-axial.svg : lumbar vertebra in cross-section seen from above.
Front (belly) at the TOP, back at the bottom. Patient's right = picture right
(viewer looks down from the head end). Units: millimetres, x = 0 at the midline."""
from pathlib import Path
import math
from kit import *

K = 5.7
OUT = str(Path(__file__).resolve().parents[2] / "resources" / "diagrams" / "lumbar-vertebra-axial.svg")
XMAX = 73.0
YMIN, YMAX = -49.0, 75.0
MARGIN = 12
VW = int(round(2 * XMAX * K + 2 * MARGIN))
VH = int(round((YMAX - YMIN) * K + 2 * MARGIN))
PX = Aff(K, 0, 0, K, VW / 2, -YMIN * K + MARGIN)
MIR = Aff(-1, 0, 0, 1, 0, 0)


def P(p):
    return PX(p)


def mir(pts):
    return [(-p[0], p[1]) + tuple(p[2:]) for p in pts]



BODY = []
ANCH = {}


def A_(sid, p):
    ANCH[sid] = P(p)


# ------------------------------------------------------------------ master contours
# right half of the outer contour, anterior midline -> posterior midline
OUTER_R = [
    ("ant_mid", (0, -44.0)), (None, (9.5, -43.2)), (None, (17.5, -39.8)), (None, (22.6, -33.6)),
    (None, (24.8, -25.5)), (None, (24.3, -17.5)), ("J_bp_o", (22.0, -11.8)), (None, (21.0, -8.5)),
    ("J_pt_o", (21.6, -4.8)), (None, (26.0, -4.0)), (None, (33.0, -3.6)), (None, (39.5, -2.7)),
    (None, (43.4, -1.7)), (None, (45.2, 0.9)), (None, (44.0, 3.7)), (None, (38.5, 4.4)), (None, (32.0, 4.7)),
    ("J_ts_o", (28.6, 5.9)), (None, (29.7, 9.0)), (None, (29.3, 12.8)), (None, (28.1, 15.8)),
    (None, (26.2, 17.6)), (None, (23.6, 17.0)), (None, (20.0, 14.8)), (None, (16.8, 11.4)),
    ("J_sl_o", (14.6, 8.2)), (None, (12.6, 11.6)), (None, (9.6, 15.6)), (None, (6.4, 19.2)),
    ("J_ls_o", (4.4, 22.2)), (None, (3.4, 27.0)), (None, (3.0, 33.0)), (None, (3.6, 39.0)), (None, (4.6, 44.0)),
    (None, (4.4, 48.2)), (None, (2.4, 50.2)), ("post_mid", (0, 50.6)),
]
CORNERS = {"J_bp_o", "J_pt_o", "J_ts_o", "J_sl_o", "J_ls_o"}
CANAL_R = [
    ("c_ant", (0, -10.4)), (None, (6.0, -10.2)), ("J_bp_i", (11.7, -9.9)), (None, (12.9, -8.2)),
    (None, (12.6, -5.0)), (None, (12.8, -2.2)), ("J_pl_i", (13.6, 0.3)), (None, (11.9, 3.1)), (None, (8.3, 5.9)),
    (None, (4.0, 8.1)), ("c_post", (0, 9.0)),
]
C_NODE = (18.4, 1.0)


def full_loop(right):
    """right half (top->bottom) + mirrored left half (bottom->top) -> closed loop of (name, pt)"""
    loop = [(n + "_R" if n and n not in ("ant_mid", "post_mid", "c_ant", "c_post") else n, p) for n, p in right]
    left = [(n + "_L" if n and n not in ("ant_mid", "post_mid", "c_ant", "c_post") else n, (-p[0], p[1]))
            for n, p in right[1:-1]]
    return loop + left[::-1]


def build(loop, corners, k=0.9):
    pts = []
    for n, p in loop:
        base = n[:-2] if n and n[-2:] in ("_R", "_L") else n
        pts.append((p[0], p[1], 'c') if base in corners else p)
    segs = smooth(pts, closed=True, k=k)
    names = [n for n, _ in loop]
    return segs, names


OSEG, ONAMES = build(full_loop(OUTER_R), CORNERS)
CSEG, CNAMES = build(full_loop(CANAL_R), {"J_bp_i", "J_pl_i"})


def run(segs, names, a, b):
    """bezier segments from named vertex a forward to b (wrapping)"""
    i, j = names.index(a), names.index(b)
    out = []
    n = len(segs)
    while i != j:
        out.append(segs[i])
        i = (i + 1) % n
    return out


def rev(segs):
    return [(p1, c2, c1, p0) for (p0, c1, c2, p1) in segs[::-1]]


def pt(names, segs, a):
    return segs[names.index(a)][0]


def pathd(parts, close=True):
    """parts: list of ('C', segs) or ('L', point) in order; starts at first point."""
    d = []
    first = True
    for kind, val in parts:
        if kind == 'C':
            if first:
                d.append("M" + " ".join(fmt(v) for v in P(val[0][0])))
                first = False
            d.append(segs_d(val, PX, closed=False, move=False))
        else:
            q = P(val)
            d.append(("M" if first else "L") + fmt(q[0]) + " " + fmt(q[1]))
            first = False
    return "".join(d) + ("Z" if close else "")


def strokes(segs_list):
    return [path(segs_d(s, PX, closed=False), stroke=BONE_LN, sw=2.0, stroke_linejoin="round",
                 stroke_linecap="round") for s in segs_list]


def junction(a, b, via=None):
    pts = [a] + ([via] if via else []) + [b]
    return path(ld([P(q) for q in pts], closed=False), stroke="#D3C19E", sw=1.0, stroke_linecap="round")


def O(a):
    return pt(ONAMES, OSEG, a)


def Cn(a):
    return pt(CNAMES, CSEG, a)


# ------------------------------------------------------------------ skin + subcutaneous fat
SKIN_OUT = [(-XMAX - 2, 30.0), (-70, 40.0), (-60, 51.5), (-45, 58.4), (-25, 61.0), (-9, 60.2), (-3.5, 58.9),
            (0, 58.3), (3.5, 58.9), (9, 60.2), (25, 61.0), (45, 58.4), (60, 51.5), (70, 40.0), (XMAX + 2, 30.0)]
FASCIA = [(-XMAX - 2, 21.0), (-68.5, 26.2), (-62.6, 30.5), (-58.0, 40.5), (-49.0, 48.8), (-36.0, 52.8),
          (-20.0, 53.4), (-8.0, 52.8), (-3.0, 52.0), (0, 52.6), (3.0, 52.0), (8.0, 52.8), (20.0, 53.4), (36.0, 52.8),
          (49.0, 48.8), (58.0, 40.5), (62.6, 30.5), (68.5, 26.2), (XMAX + 2, 21.0)]


def clip_x(pts):
    out = []
    for p in pts:
        out.append((max(-XMAX, min(XMAX, p[0])), p[1]))
    return out


def offset_pts(pts, d):
    """offset an open polyline (smoothly sampled) by d along its left normal"""
    sm = sample_segs(smooth(pts, closed=False), 8)
    out = []
    for i, p in enumerate(sm):
        a = sm[max(0, i - 1)]
        b = sm[min(len(sm) - 1, i + 1)]
        t = norm(sub(b, a))
        out.append(add(p, (t[1], -t[0]), d))
    return out


skin_o = sample_segs(smooth(SKIN_OUT, closed=False), 8)
skin_i = offset_pts(SKIN_OUT, 2.6)
fas = sample_segs(smooth(FASCIA, closed=False), 8)


def clipx_poly(poly):
    # Sutherland-Hodgman on both vertical lines
    def clip(poly, keep, inter):
        out = []
        for i in range(len(poly)):
            cur, prv = poly[i], poly[i - 1]
            if keep(cur):
                if not keep(prv):
                    out.append(inter(prv, cur))
                out.append(cur)
            elif keep(prv):
                out.append(inter(prv, cur))
        return out

    def ix(xc):
        def f(a, b):
            t = (xc - a[0]) / (b[0] - a[0])
            return (xc, a[1] + (b[1] - a[1]) * t)
        return f
    poly = clip(poly, lambda p: p[0] <= XMAX, ix(XMAX))
    poly = clip(poly, lambda p: p[0] >= -XMAX, ix(-XMAX))
    return poly


fat_poly = clipx_poly(fas + skin_i[::-1])
skin_poly = clipx_poly(skin_i + skin_o[::-1])
sk = [path(ld([P(q) for q in fat_poly]), fill=FAT, stroke=FAT_LN, sw=1.0, stroke_linejoin="round"),
      path(ld([P(q) for q in skin_poly]), fill=SKIN, stroke=SKIN_LN, sw=1.8, stroke_linejoin="round")]
BODY.append(group("skin", sk))
A_("skin", (-40, 59.6))

# ------------------------------------------------------------------ muscles
MUS = []


def muscle_shape(pts, k=0.9):
    return path(sd([P(q) + tuple(q[2:]) for q in pts], k=k), fill=MUSCLE_FILL, stroke=MUSCLE_LN, sw=1.5,
                stroke_linejoin="round")


paraspinal = [(2.6, 12.0), (10.0, 8.0), (20.0, 4.0), (32.0, 2.0), (44.0, 2.0), (54.0, 5.5), (60.6, 12.6),
              (62.6, 27.0), (59.0, 39.5), (49.5, 48.6), (36.0, 52.6), (20.0, 53.2), (8.0, 52.4), (2.6, 51.6)]
quadratus = [(43.0, -1.0), (49.0, -7.4), (58.0, -10.4), (67.0, -9.0), (72.5, -4.0), (71.0, 2.6), (62.0, 7.0),
             (53.0, 6.2), (45.5, 3.6)]
psoas = [(22.0, -36.0), (27.5, -43.6), (35.5, -46.0), (43.0, -42.5), (47.8, -34.0), (48.6, -23.0), (45.8, -13.0),
         (39.0, -5.8), (30.0, -3.6), (22.6, -6.0), (21.8, -14.0), (24.6, -25.0)]
lateral_wall = [(61.0, 8.0), (66.0, 4.4), (XMAX + 0.0, 0.6, 'c'), (XMAX + 0.0, 21.4, 'c'), (68.5, 26.4), (63.0, 29.0),
                (62.2, 18.0)]
SEPTA = [[(17.0, 5.0), (22.6, 14.0), (24.4, 26.0), (22.0, 40.0), (16.0, 53.0)],
         [(43.0, 2.2), (46.6, 15.0), (45.0, 30.0), (40.0, 42.5), (33.0, 52.8)]]
for side in (1, -1):
    for shape in (psoas, quadratus, lateral_wall, paraspinal):
        pts = shape if side == 1 else mir(shape)
        MUS.append(muscle_shape(pts))
    for sp_ in SEPTA:
        pts = sp_ if side == 1 else mir(sp_)
        MUS.append(path(sd([P(q) for q in pts], closed=False), stroke="#A77B70", sw=1.2, detail=True))
    # fascicle marks
    for (x, y, a) in [(12, 30, 60), (15, 42, 40), (8, 44, 80), (10, 20, 30), (32, 16, 70), (35, 30, 60),
                      (29, 43, 40), (52, 16, 80), (54, 30, 70), (48, 41, 40), (33, -33, 20), (38, -22, 40),
                      (40, -12, 60), (57, -3, 10), (65, -4, 30)]:
        xx = x * side
        r = math.radians(a if side == 1 else 180 - a)
        p1 = (xx - 2.6 * math.cos(r), y - 2.6 * math.sin(r))
        p2 = (xx + 2.6 * math.cos(r), y + 2.6 * math.sin(r))
        MUS.append(path(ld([P(p1), P(p2)], closed=False), stroke=MUSCLE_FIB, sw=1.0, stroke_linecap="round", detail=True))
# thoracolumbar fascia (posterior layer)
MUS.append(path(sd([P(q) for q in FASCIA[3:-3]], closed=False), stroke="#94655A", sw=1.3, detail=True))
BODY.append(group("muscle", MUS))
A_("muscle", (-34, 32))

# ------------------------------------------------------------------ epidural space (canal fat + foraminal fat)
epi_items = []
canal_big = [(p[0] * 1.06, p[1] * 1.04 + (0.35 if p[1] < 0 else 0)) for p in
             [q for _, q in full_loop(CANAL_R)]]
epi_items.append(path(sd([P(q) for q in canal_big], k=0.8), fill=FAT, stroke=FAT_LN, sw=1.0))
for side in (1, -1):
    band = [(10.5, -10.6), (17, -11.4), (23.5, -12.6), (27.0, -10.6), (27.0, -5.2), (23.5, -3.8), (17, -3.0),
            (11.0, -2.2)]
    epi_items.append(path(sd([P(q) for q in (band if side == 1 else mir(band))], k=0.8), fill=FAT, stroke=FAT_LN,
                          sw=1.0))
BODY.append(group("epidural-space", epi_items))
A_("epidural-space", (-2.2, 5.4))

# ------------------------------------------------------------------ ligamentum flavum (extra structure)
lf_out = [(13.4, -0.6), (13.1, 1.1), (11.7, 3.4), (8.2, 6.1), (3.9, 8.3), (0, 9.2)]
lf_in = [(0, 6.9), (3.4, 6.3), (7.0, 4.3), (9.9, 2.0), (11.9, -0.7)]
lf_loop = lf_out + mir(lf_out)[::-1][1:] + mir(lf_in)[::-1] + lf_in[1:]
lf_pts = [P(q) for q in lf_loop]
lf_pts[0] = lf_pts[0] + ('c',)
BODY.append(group("ligamentum-flavum", [path(sd(lf_pts, k=0.7), fill=LIG, stroke=LIG_LN, sw=1.4)]))
A_("ligamentum-flavum", (-7.2, 5.6))

# ------------------------------------------------------------------ dura + cauda equina
DURA_PTS = [(0, -9.7), (6.0, -9.4), (9.3, -7.1), (10.0, -3.0), (8.6, 1.0), (4.8, 3.1), (0, 3.6)]
dura_loop = DURA_PTS + mir(DURA_PTS[::-1])[1:-1]
dura_in = [(p[0] * 0.88, -3.6 + (p[1] + 3.6) * 0.84) for p in dura_loop]
BODY.append(group("dura", [path(sd([P(q) for q in dura_loop]), fill=DURA, stroke=DURA_LN, sw=1.8),
                           path(sd([P(q) for q in dura_in]), fill=DURA_IN, detail=True)]))
A_("dura", (-9.6, -5.2))
ROOTLETS = [(0, 0.2, 1.0), (-2.2, -0.1, 1.05), (2.2, -0.1, 1.05), (-4.3, -0.8, 1.0), (4.3, -0.8, 1.0),
            (-6.0, -2.2, 0.95), (6.0, -2.2, 0.95), (-1.1, -2.0, 0.95), (1.1, -2.0, 0.95), (-3.3, -2.7, 0.95),
            (3.3, -2.7, 0.95), (-5.3, -4.4, 0.9), (5.3, -4.4, 0.9), (0, -4.0, 0.6),
            (-6.3, -6.6, 1.2), (6.3, -6.6, 1.2), (-4.4, -7.6, 1.1), (4.4, -7.6, 1.1)]
ce = []
ROOTLETS = [(x * 1.12, -3.0 + (y + 3.0) * 1.12 + 0.4, r * 1.08) for x, y, r in ROOTLETS]
for x, y, r in ROOTLETS:
    ce.append(path(sd([P(q) for q in ellipse_pts(x, y, r, r * 0.92, 0, 8)]), fill=ROOTLET, stroke="#A88A20",
                   sw=0.9))
BODY.append(group("cauda-equina", ce))
A_("cauda-equina", (-2.46, 0.7))

# ------------------------------------------------------------------ nerve roots (drawn under the pedicles)
ROOT_CL = [(6.9, -7.0), (9.5, -7.8), (14.0, -7.6), (19.5, -7.8), (24.4, -8.4), (29.4, -10.6), (35.2, -14.6),
           (41.4, -19.6), (46.4, -24.8)]
ROOT_W = [(0, 2.6), (0.1, 3.4), (0.3, 4.0), (0.4, 6.6), (0.5, 4.8), (0.75, 4.2), (1.0, 3.6)]


def root_items(side):
    cl = ROOT_CL if side == 1 else mir(ROOT_CL)
    Lp, Rp = tube(cl, ROOT_W, step=0.5)
    poly = [P(q) for q in Lp + Rp[::-1]]
    items = [path(sd(poly[::3] + [poly[-1]], k=0.6), fill=NERVE, stroke=NERVE_LN, sw=1.6)]
    g = ellipse_pts(24.2 * side, -8.9, 2.1, 1.2, 0, 8)
    items.append(path(sd([P(q) for q in g]), fill="#F7D76A", detail=True))
    return items


BODY.append(group("nerve-root-left", root_items(-1)))
BODY.append(group("nerve-root-right", root_items(1)))
A_("nerve-root-left", (-37.0, -16.0))
A_("nerve-root-right", (37.0, -16.0))

# ------------------------------------------------------------------ bone parts
def bone(d):
    return path(d, fill=BONE, stroke="none")


# vertebral body (with the disc outline peeking out around it)
body_run = run(OSEG, ONAMES, "J_bp_o_L", "J_bp_o_R")
canal_front = run(CSEG, CNAMES, "J_bp_i_L", "J_bp_i_R")      # L -> R across the front of the canal? check order
# canal loop order: c_ant -> right ... c_post -> left ... ; so from J_bp_i_R backwards to J_bp_i_L via c_ant
canal_front = rev(run(CSEG, CNAMES, "J_bp_i_L", "J_bp_i_R"))
body_parts = [('C', body_run), ('L', Cn("J_bp_i_R")), ('C', canal_front), ('L', O("J_bp_o_L"))]
# disc: body outline pushed out ~1.8 mm
disc_pts = []
bsamp = sample_segs(body_run, 6)
for i, p in enumerate(bsamp):
    a = bsamp[max(0, i - 1)]
    b = bsamp[min(len(bsamp) - 1, i + 1)]
    t = norm(sub(b, a))
    disc_pts.append(add(p, (-t[1], t[0]), -1.5))
disc_pts = disc_pts[2:-2]
disc_pts += [(14.0, -10.1), (0, -10.0), (-14.0, -10.1)]
vb = [path(sd([P(q) for q in disc_pts[::2]], k=0.8), fill=DISC, stroke=DISC_LN, sw=1.6)]
mid_ring = []
for i, p in enumerate(bsamp[4:-4]):
    pass
vb.append(bone(pathd(body_parts)))
vb += strokes([body_run, canal_front])
# cortical rim / cancellous interior
inner = [((p[0]) * 0.9, -27 + (p[1] + 27) * 0.86) for p in sample_segs(body_run, 2)[1:-1]]
inner = [q for q in inner if q[1] < -12.5] + [(12, -12.2), (0, -12.4), (-12, -12.2)]
vb.append(path(sd([P(q) for q in inner], k=0.8), fill=BONE_IN, stroke="#D9C7A5", sw=1.0, detail=True))
for (x, y, a) in [(-8, -30, 20), (6, -34, -30), (10, -22, 60), (-12, -20, -50), (0, -24, 5), (-3, -37, 70),
                  (15, -30, 10), (-16, -30, 80)]:
    r = math.radians(a)
    vb.append(path(ld([P((x - 2.2 * math.cos(r), y - 2.2 * math.sin(r))), P((x + 2.2 * math.cos(r), y + 2.2 * math.sin(r)))],
                      closed=False), stroke="#E2D2B0", sw=1.3, stroke_linecap="round", detail=True))
BODY.append(group("vertebral-body", vb))
A_("vertebral-body", (-13.0, -33.0))

# pedicles
for side, sid in ((1, "right"), (-1, "left")):
    S_ = "_R" if side == 1 else "_L"
    cn = (C_NODE[0] * side, C_NODE[1])
    o_run = run(OSEG, ONAMES, "J_bp_o" + S_, "J_pt_o" + S_) if side == 1 else \
        rev(run(OSEG, ONAMES, "J_pt_o" + S_, "J_bp_o" + S_))
    c_run = run(CSEG, CNAMES, "J_bp_i" + S_, "J_pl_i" + S_) if side == 1 else \
        rev(run(CSEG, CNAMES, "J_pl_i" + S_, "J_bp_i" + S_))
    parts = [('C', o_run), ('L', cn), ('L', Cn("J_pl_i" + S_)), ('C', rev(c_run)), ('L', O("J_bp_o" + S_))]
    items = [bone(pathd(parts))] + strokes([o_run, c_run])
    items.append(junction(O("J_bp_o" + S_), Cn("J_bp_i" + S_)))
    BODY.append(group("pedicle-" + sid, items))
    A_("pedicle-" + sid, (16.4 * side, -5.6))

# transverse processes
for side, sid in ((1, "right"), (-1, "left")):
    S_ = "_R" if side == 1 else "_L"
    cn = (C_NODE[0] * side, C_NODE[1])
    o_run = run(OSEG, ONAMES, "J_pt_o" + S_, "J_ts_o" + S_) if side == 1 else \
        rev(run(OSEG, ONAMES, "J_ts_o" + S_, "J_pt_o" + S_))
    parts = [('C', o_run), ('L', cn), ('L', O("J_pt_o" + S_))]
    items = [bone(pathd(parts))] + strokes([o_run])
    items.append(junction(O("J_pt_o" + S_), cn))
    # ridge highlight
    items.append(path(sd([P((24 * side, -1.2)), P((34 * side, -0.6)), P((41.5 * side, 0.6))], closed=False),
                      stroke=BONE_HI, sw=2.2, stroke_linecap="round", detail=True))
    BODY.append(group("transverse-process-" + sid, items))
    A_("transverse-process-" + sid, (37.5 * side, 0.8))

# laminae
for side, sid in ((1, "right"), (-1, "left")):
    S_ = "_R" if side == 1 else "_L"
    cn = (C_NODE[0] * side, C_NODE[1])
    o_run = run(OSEG, ONAMES, "J_sl_o" + S_, "J_ls_o" + S_) if side == 1 else \
        rev(run(OSEG, ONAMES, "J_ls_o" + S_, "J_sl_o" + S_))
    c_run = run(CSEG, CNAMES, "J_pl_i" + S_, "c_post") if side == 1 else \
        rev(run(CSEG, CNAMES, "c_post", "J_pl_i" + S_))
    parts = [('C', o_run), ('L', Cn("c_post")), ('C', rev(c_run)), ('L', cn), ('L', O("J_sl_o" + S_))]
    items = [bone(pathd(parts))] + strokes([o_run, c_run])
    items.append(junction(Cn("J_pl_i" + S_), cn))
    BODY.append(group("lamina-" + sid, items))
    A_("lamina-" + sid, (7.0 * side, 10.5))

# spinous process
sp_run = run(OSEG, ONAMES, "J_ls_o_R", "J_ls_o_L")
sp = [bone(pathd([('C', sp_run), ('L', Cn("c_post"))]))] + strokes([sp_run])
sp.append(junction(O("J_ls_o_R"), O("J_ls_o_L"), Cn("c_post")))
sp.append(path(sd([P((0, 26)), P((0.6, 36)), P((0, 46.5))], closed=False), stroke="#E2D2B0", sw=1.6, detail=True))
BODY.append(group("spinous-process", sp))
A_("spinous-process", (0, 38.0))

# facet joints: superior articular process of this vertebra + inferior articular process of the one above
FACET = [(26.2, 17.6), (23.6, 17.0), (20.0, 14.8), (16.8, 11.4), (14.6, 8.2)]


def facet_group(side):
    S_ = "_R" if side == 1 else "_L"
    cn = (C_NODE[0] * side, C_NODE[1])
    o_run = run(OSEG, ONAMES, "J_ts_o" + S_, "J_sl_o" + S_) if side == 1 else \
        rev(run(OSEG, ONAMES, "J_sl_o" + S_, "J_ts_o" + S_))
    items = [bone(pathd([('C', o_run), ('L', cn), ('L', O("J_ts_o" + S_))]))] + strokes([o_run])
    items.append(junction(cn, O("J_sl_o" + S_)))
    items.append(junction(cn, O("J_ts_o" + S_)))
    # offsets of the facet curve toward the joint (posteromedial)
    fpts = sample_segs(smooth(FACET, closed=False), 8)

    def off(d):
        out = []
        for i, p in enumerate(fpts):
            a = fpts[max(0, i - 1)]
            b = fpts[min(len(fpts) - 1, i + 1)]
            t = norm(sub(b, a))
            out.append(add(p, (-t[1], t[0]), d))
        return out
    # check normal direction: want posteromedial (toward smaller x / larger y)
    test = off(1.0)[len(fpts) // 2]
    sign = 1 if (test[1] - fpts[len(fpts) // 2][1]) > 0 else -1
    o0, o1, o2, o3 = off(0.0), off(0.95 * sign), off(1.55 * sign), off(2.5 * sign)
    X = (lambda pts: pts) if side == 1 else mir
    # inferior articular process (of the vertebra above) sitting in the concavity
    iap = o3 + [(10.4, 11.0), (9.2, 14.6), (10.4, 19.2), (14.5, 23.0), (20.0, 24.4), (24.6, 22.6), (26.8, 20.2)]
    iap_pts = [P(q) for q in X(iap[::2] + iap[len(o3):])]
    iap_pts = [P(q) for q in X(o3[::3] + [o3[-1]])] + [P(q) for q in X(iap[len(o3):])]
    items.append(path(sd(iap_pts, k=0.8), fill="#EDE0C4", stroke=BONE_LN, sw=2.0, stroke_linejoin="round"))
    items.append(path(sd([P(q) for q in X([(13.6, 14.0), (15.5, 19.5), (20.5, 22.2)])], closed=False),
                      stroke="#D9C7A5", sw=1.2, detail=True))
    # cartilage on both joint surfaces, joint space between
    cart1 = [P(q) for q in X(o0[::3] + [o0[-1]] + (o1[::3] + [o1[-1]])[::-1])]
    cart2 = [P(q) for q in X(o2[::3] + [o2[-1]] + (o3[::3] + [o3[-1]])[::-1])]
    items.append(path(ld(cart1), fill=CART, stroke=DISC_LN, sw=1.0, stroke_linejoin="round"))
    items.append(path(ld(cart2), fill=CART, stroke=DISC_LN, sw=1.0, stroke_linejoin="round"))
    # capsule closing the joint behind
    cap = [(26.4, 16.4), (28.4, 18.0), (28.6, 20.6), (26.8, 22.0), (26.0, 20.8), (26.6, 19.2)]
    items.append(path(sd([P(q) for q in X(cap)], k=0.8), fill=CART, stroke=DISC_LN, sw=1.3))
    return items


BODY.append(group("facet-joint-left", facet_group(-1)))
BODY.append(group("facet-joint-right", facet_group(1)))
A_("facet-joint-left", (-21.0, 16.4))
A_("facet-joint-right", (21.0, 16.4))

# ------------------------------------------------------------------ medial branches
MB_CL = [(26.8, -8.6), (27.9, -5.0), (28.3, -0.8), (28.4, 3.6), (29.5, 8.0), (30.3, 12.8), (29.3, 17.4),
         (26.8, 21.0), (22.4, 23.8), (17.0, 25.8), (12.0, 28.4)]
LAT_CL = [(28.3, -2.6), (33.0, 0.2), (38.0, 6.0), (41.0, 10.5)]
ART_CL = [(27.4, 20.0), (26.2, 18.6)]


def mb_items(side):
    X = (lambda pts: pts) if side == 1 else mir
    items = []
    for cl, w0, w1 in ((LAT_CL, 1.4, 0.9), (MB_CL, 1.6, 1.1), ([(24.0, 23.2), (22.6, 21.6), (22.2, 20.2)], 0.9, 0.7)):
        Lp, Rp = tube(X(cl), [(0, w0), (1.0, w1)], step=0.4)
        poly = [P(q) for q in Lp + Rp[::-1]]
        items.append(path(sd(poly[::2] + [poly[-1]], k=0.5), fill=NERVE, stroke=NERVE_LN, sw=1.3))
    return items


BODY.append(group("medial-branch-left", mb_items(-1)))
BODY.append(group("medial-branch-right", mb_items(1)))
A_("medial-branch-left", (-28.4, 1.2))
A_("medial-branch-right", (28.4, 1.2))

# ------------------------------------------------------------------ overlays
OV = []
# contrast: epidural (dorsal epidural fat around the back of the sac)
dsm = sample_segs(smooth(dura_loop, closed=True), 8)
cen = (0, -3.0)
back = [p for p in dsm if p[1] > -6.8]
back.sort(key=lambda p: math.atan2(p[1] - cen[1], p[0] - cen[0]))
def push(p, d):
    v = norm(sub(p, cen))
    return add(p, v, d)
outer = [push(p, 0.5 + 2.6 * max(0.0, (p[1] + 4) / 8) ** 0.7) for p in back]
inner_ = [push(p, 0.15) for p in back]
epi_c = outer + inner_[::-1]
OV.append(("contrast-epidural", [path(sd([P(q) for q in epi_c], k=0.8), fill=CONTRAST, opacity=0.72)]))

# contrast: transforaminal (around the right root, spreading into the front of the canal)
Lp, Rp = tube([(1.0, -9.6), (6.0, -8.6), (11.0, -7.6), (17.0, -7.7), (23.5, -8.3), (29.0, -10.4), (33.4, -13.2)],
              [(0, 1.0), (0.2, 3.0), (0.45, 5.6), (0.7, 7.6), (0.9, 6.2), (1.0, 2.6)], step=0.5)
tfc = [P(q) for q in Lp + Rp[::-1]]
OV.append(("contrast-transforaminal", [path(sd(tfc[::3], k=0.6), fill=CONTRAST, opacity=0.68)]))

# contrast: facet joint (right)
fpts = sample_segs(smooth([(27.6, 18.8)] + FACET + [(13.4, 6.6)], closed=False), 6)


def offp(pts, d):
    out = []
    for i, p in enumerate(pts):
        a = pts[max(0, i - 1)]
        b = pts[min(len(pts) - 1, i + 1)]
        t = norm(sub(b, a))
        out.append(add(p, (-t[1], t[0]), d))
    return out


fa, fb = offp(fpts, -0.4), offp(fpts, -2.2)
if fb[len(fb) // 2][1] < fa[len(fa) // 2][1]:
    fa, fb = offp(fpts, 0.4), offp(fpts, 2.2)
fcon = [P(q) for q in fa + fb[::-1]]
fcon2 = [P(q) for q in ellipse_pts(27.2, 20.0, 1.9, 1.5, 30, 8)]
OV.append(("contrast-facet", [path(sd(fcon[::2], k=0.6), fill=CONTRAST, opacity=0.75),
                              path(sd(fcon2), fill=CONTRAST, opacity=0.75)]))

# RF lesion at the medial-branch needle tip
MB_TIP = (28.9, 2.4)
MB_ENT = (49.0, 58.0)
dmb = norm(sub(MB_ENT, MB_TIP))
lc = add(MB_TIP, dmb, 1.6)
ang = math.degrees(math.atan2(dmb[1], dmb[0]))
OV.append(("rf-lesion", [path(sd([P(q) for q in ellipse_pts(lc[0], lc[1], 4.6, 3.2, ang, 12)]), fill=HEAT,
                               opacity=0.3),
                          path(sd([P(q) for q in ellipse_pts(lc[0], lc[1], 3.3, 2.2, ang, 12)]), fill=HEAT,
                               opacity=0.6)]))
ANCH["rf-lesion"] = P(add(lc, (-dmb[1], dmb[0]), 3.0))

NEEDLE_DEF = {
    "needle-interlaminar": ((1.3, 5.3), (10.0, 59.4)),
    "needle-transforaminal": ((23.8, -5.8), (59.0, 53.5)),
    "needle-facet": ((22.6, 16.9), (36.0, 60.4)),
    "needle-medial-branch": (MB_TIP, None),
}


def skin_y(x):
    return interp(sorted(SKIN_OUT), x)


for gid, (tip, ent) in NEEDLE_DEF.items():
    if ent is None:
        d = dmb
        e = tip
        while e[1] < skin_y(e[0]):
            e = add(e, d, 0.3)
        ent = e
    tp, ep = P(tip), P(ent)
    items, mid = needle(tp, ep, w=5.2, beyond=26)
    OV.append((gid, items))
    ANCH[gid] = lerp(tp, ep, 0.55)

# ------------------------------------------------------------------ assemble
anchors = ["  <g id=\"anchors\">"] + ["    " + anchor(k_, v_) for k_, v_ in ANCH.items()] + ["  </g>"]
order = ["herniation", "contrast-epidural", "contrast-transforaminal", "contrast-facet", "rf-lesion"]
svg_body = BODY + ["\n".join(anchors)] + [group(gid, items, class_="overlay") for gid, items in OV]
open(OUT, "w").write(document(VW, VH, [], svg_body))
print("wrote", OUT, VW, VH)
