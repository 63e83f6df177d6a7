"""lumbar-spine-lateral.svg : lumbar spine from the side, back to the RIGHT, head up.
Geometry is built in millimetres (world), then scaled to px."""
from pathlib import Path
import math
from kit import *

K = 3.1            # px per mm
OUT = str(Path(__file__).resolve().parents[2] / "resources" / "diagrams" / "lumbar-spine-lateral.svg")


def uvec(a):
    r = math.radians(a)
    return (math.cos(r), math.sin(r))


def nvec(a):           # "up" normal of a plate whose posterior direction has angle a
    r = math.radians(a)
    return (math.sin(r), -math.cos(r))


# ------------------------------------------------------------------ chain (mm)
PHI0 = -37.0
W_S1 = 38.0
B0 = (0.0, 0.0)                                   # posterior-superior corner of S1
A0 = sub(B0, mul(uvec(PHI0), W_S1))               # promontory

LEVELS = [  # name, disc (ant, post), body (Ha, Hp, W)   -- bottom-up
    ("l5", (13.5, 5.5), (27.5, 25.0, 37.0)),
    ("l4", (13.0, 6.5), (27.0, 26.5, 36.0)),
    ("l3", (12.0, 6.5), (26.5, 26.5, 35.5)),
    ("l2", (11.0, 6.5), (25.5, 26.5, 35.0)),
    ("l1", (9.5, 6.5), (24.5, 26.5, 34.0)),
]

V = {}   # vertebra name -> dict(At, Bt, Ab, Bb, phi_t, phi_b)
D = {}   # disc name -> dict(Ab, Bb, At, Bt)
A, B, phi = A0, B0, PHI0
below = "s1"
for name, (ha, hp), (Ha, Hp, Wv) in LEVELS:
    n = nvec(phi)
    A1, B1 = add(A, n, ha), add(B, n, hp)
    phi1 = math.degrees(math.atan2(B1[1] - A1[1], B1[0] - A1[0]))
    A1 = sub(B1, mul(uvec(phi1), Wv))
    D[f"{name}-{below}"] = dict(Ab=A, Bb=B, At=A1, Bt=B1, phi_b=phi, phi_t=phi1)
    n1 = nvec(phi1)
    A2, B2 = add(A1, n1, Ha), add(B1, n1, Hp)
    phi2 = math.degrees(math.atan2(B2[1] - A2[1], B2[0] - A2[0]))
    A2 = sub(B2, mul(uvec(phi2), Wv))
    V[name] = dict(Ab=A1, Bb=B1, At=A2, Bt=B2, phi_b=phi1, phi_t=phi2)
    A, B, phi, below = A2, B2, phi2, name

for k_ in V:
    print(k_, "top angle %.1f" % V[k_]["phi_t"])


def vframe(name):
    v = V[name]
    ang = (v["phi_t"] + v["phi_b"]) / 2
    return frame(v["Bt"], ang), ang


# ------------------------------------------------------------------ wall line (posterior body wall) and sacrum
SAC_BETA = [(0, -PHI0), (15, 39), (40, 32), (65, 18), (86, 3), (99, -17), (111, -36), (130, -50)]


def sac_phi(s):
    return -sinterp(SAC_BETA, s)


sac = []   # (point, phi, s)
p = B0
s = 0.0
ds = 0.5
while s <= 135:
    ph = sac_phi(s)
    sac.append((p, ph, s))
    down = (-math.sin(math.radians(ph)), math.cos(math.radians(ph)))
    p = add(p, down, ds)
    s += ds


def S(s, o):
    """point at arc length s along the sacral wall line, offset o (posterior +)"""
    i = min(int(s / ds), len(sac) - 2)
    t = (s - sac[i][2]) / ds
    pt = lerp(sac[i][0], sac[i + 1][0], t)
    ph = sac[i][1] + (sac[i + 1][1] - sac[i][1]) * t
    return add(pt, uvec(ph), o)


# lumbar wall points top-down
top_ext = add(V["l1"]["Bt"], nvec(V["l1"]["phi_t"]), 48)
wall_ctrl = [top_ext, V["l1"]["Bt"]]
for nm in ["l1", "l2", "l3", "l4", "l5"]:
    wall_ctrl += [lerp(V[nm]["Bt"], V[nm]["Bb"], 0.5), V[nm]["Bb"]]
    nxt = {"l1": "l2", "l2": "l3", "l3": "l4", "l4": "l5", "l5": None}[nm]
    if nxt:
        wall_ctrl.append(V[nxt]["Bt"])
wall_ctrl += [S(s_, 0) for s_ in (0.01, 10, 25, 45, 65, 85, 100, 115, 130)]
wall_pts = sample_segs(smooth(wall_ctrl, closed=False), 12)
WALL0 = resample(wall_pts, 0.5)         # (p, tangent(down), t)
def _smooth_tan(win):
    out = []
    for i_, (p_, t_, s_) in enumerate(WALL0):
        a_ = WALL0[max(0, i_ - win)][0]
        b_ = WALL0[min(len(WALL0) - 1, i_ + win)][0]
        out.append(norm(sub(b_, a_)))
    return out


TANS = {5: _smooth_tan(10), 12: _smooth_tan(24), 30: _smooth_tan(60)}


def _smooth_pos(win):
    out = []
    n_ = len(WALL0)
    for i_ in range(n_):
        a_, b_ = max(0, i_ - win), min(n_ - 1, i_ + win)
        xs_ = [WALL0[j][0][0] for j in range(a_, b_ + 1)]
        ys_ = [WALL0[j][0][1] for j in range(a_, b_ + 1)]
        out.append((sum(xs_) / len(xs_), sum(ys_) / len(ys_)))
    return out


POS = {5: [w[0] for w in WALL0], 12: _smooth_pos(8), 30: _smooth_pos(30)}
WALL = [(p_, TANS[5][i_], s_) for i_, (p_, t_, s_) in enumerate(WALL0)]
T_S1 = min(WALL, key=lambda r: dist(r[0], B0))[2]
T_TOP = 0.0
T_END = WALL[-1][2]


def Wt(t, o):
    step = WALL[1][2] - WALL[0][2]
    i = max(0, min(int(t / step), len(WALL) - 2))
    f = (t - WALL[i][2]) / step
    win = 5 if abs(o) < 22 else (12 if abs(o) < 40 else 30)
    p = lerp(POS[win][i], POS[win][i + 1], f)
    tan = norm(lerp(TANS[win][i], TANS[win][i + 1], f))
    post = (tan[1], -tan[0])
    return add(p, post, o)


def t_of(pt):
    return min(WALL, key=lambda r: dist(r[0], pt))[2]


def t_sac(s_):
    return T_S1 + s_


def offset_curve(t0, t1, fo, step=1.5):
    n = max(2, int(abs(t1 - t0) / step))
    return [Wt(t0 + (t1 - t0) * i / n, fo(t0 + (t1 - t0) * i / n)) for i in range(n + 1)]


# key t values
TL = {nm: (t_of(V[nm]["Bt"]), t_of(V[nm]["Bb"])) for nm in V}


def canal_w(t):
    if t < T_S1:
        return 17.0
    s_ = t - T_S1
    return sinterp([(0, 17), (18, 14.5), (35, 12.5), (55, 10.5), (72, 9.5), (95, 7.5), (140, 7)], s_)


# ------------------------------------------------------------------ world -> px
ALL_X, ALL_Y = [], []


def bbox_add(pts):
    for p_ in pts:
        ALL_X.append(p_[0])
        ALL_Y.append(p_[1])


# skin outline offsets (mm from wall)
def skin_out(t):
    s_ = t - T_S1
    return cinterp([(-T_S1, 85), (-T_S1 * 0.5, 89), (-10, 87), (10, 76), (30, 60), (50, 49), (70, 41.5), (90, 35.5),
                    (110, 30.5), (125, 29), (140, 30)], s_)


def muscle_out(t):
    s_ = t - T_S1
    return cinterp([(-T_S1, 73), (-T_S1 * 0.5, 76.5), (-10, 75), (10, 63), (30, 47), (48, 37), (62, 30), (70, 26)], s_)


T_BOTTOM = t_sac(117)

# needle geometry in mm (tip, entry at skin, px beyond entry to hub)
F4_, _ = vframe("l4")
F5_, _ = vframe("l5")
NEEDLES = {
    "needle-interlaminar": (Wt(TL["l4"][1] + 6.0, 15.0), Wt(TL["l4"][1] + 3.0, skin_out(TL["l4"][1]) + 0.5), 30),
    "needle-transforaminal": (F5_((13.0, 18.8)), None, 30),
    "needle-caudal": (S(64, 4.6), S(103, 31.5), 30),
}
_tip = NEEDLES["needle-transforaminal"][0]
_dir = norm(sub(F5_((70.0, -17.0)), _tip))
_e = _tip
while True:   # walk until outside the skin
    _e = add(_e, _dir, 0.5)
    tt = t_of(_e)
    if dist(_e, Wt(tt, 0)) > skin_out(tt) + 0.5:
        break
NEEDLES["needle-transforaminal"] = (_tip, _e, 30)
for _k, (_t, _en, _b) in NEEDLES.items():
    _d = norm(sub(_en, _t))
    ALL_X.append(add(_en, _d, (_b + 52) / K)[0]); ALL_Y.append(add(_en, _d, (_b + 52) / K)[1])
TOP_Y_MM = Wt(0, 0)[1] + 0.0
skin_pts = offset_curve(0, T_BOTTOM, skin_out)
bbox_add(skin_pts)
bbox_add([Wt(t, -45) for t in range(0, int(T_S1), 5)])
bbox_add([S(s_, -40) for s_ in range(0, 20, 2)])
TOP_Y = Wt(t_of(V["l1"]["Bt"]) - 15, 0)[1]
_pairs = [(x_, y_) for x_, y_ in zip(ALL_X, ALL_Y) if y_ >= TOP_Y]
ALL_X, ALL_Y = [p_[0] for p_ in _pairs], [p_[1] for p_ in _pairs]
minx, maxx, miny, maxy = min(ALL_X), max(ALL_X), TOP_Y, max(ALL_Y)
MARGIN = 16
VW = int(round((maxx - minx) * K + 2 * MARGIN))
VH = int(round((maxy - miny) * K + 2 * MARGIN))
PX = Aff(K, 0, 0, K, -minx * K + MARGIN, -miny * K + MARGIN)
print("viewBox", VW, VH)


def P(p_):
    return PX(p_)


# clipping of the top: every long structure is cut at the horizontal line through top of canvas
Y_CUT = MARGIN  # px


def clip_top(pts_px, ycut):
    """Sutherland-Hodgman on polygon (px) keeping y >= ycut; returns points with corner flags at cuts"""
    out = []
    n = len(pts_px)
    for i in range(n):
        cur, prv = pts_px[i], pts_px[i - 1]
        cin, pin = cur[1] >= ycut, prv[1] >= ycut
        if cin:
            if not pin:
                t = (ycut - prv[1]) / (cur[1] - prv[1])
                out.append((prv[0] + (cur[0] - prv[0]) * t, ycut, 'c'))
            out.append(cur)
        elif pin:
            t = (ycut - prv[1]) / (cur[1] - prv[1])
            out.append((prv[0] + (cur[0] - prv[0]) * t, ycut, 'c'))
    return out


BODY = []          # svg lines
ANCH = {}


def A_(sid, pt_mm):
    ANCH[sid] = P(pt_mm)


# ------------------------------------------------------------------ skin (with subcutaneous fat)
def layer_band(t0, t1, f_in, f_out, step=1.5):
    a = offset_curve(t0, t1, f_in, step)
    b = offset_curve(t0, t1, f_out, step)
    return a + b[::-1]


T_TOPCUT = 0.0
skin_items = []
fat_poly = layer_band(0, T_BOTTOM, lambda t: 14 if t < T_S1 + 60 else 2, lambda t: skin_out(t) - 2.6)
skin_poly = layer_band(0, T_BOTTOM, lambda t: skin_out(t) - 2.8, skin_out)


def poly_px(poly_mm, smooth_it=True):
    pts = [P(q) for q in poly_mm]
    pts = clip_top(pts, Y_CUT)
    return pts


def corners_ends(pts, n_each_end):
    return pts


fp = poly_px(fat_poly)
# mark the 4 ends as corners (the cut lines at top and bottom)
skin_items.append(path(sd(fp, k=0.6), fill=FAT, stroke=FAT_LN, sw=1.0))
sp = poly_px(skin_poly)
skin_items.append(path(sd(sp, k=0.6), fill=SKIN, stroke=SKIN_LN, sw=1.8, stroke_linejoin="round"))
BODY.append(group("skin", skin_items))
A_("skin", Wt(TL["l3"][1] + 3, skin_out(TL["l3"][1] + 3) - 1.3))

# ------------------------------------------------------------------ muscle
mus_in = lambda t: 17.5 if t < T_S1 else 22
T_MEND = t_sac(70)
mpoly = offset_curve(0, T_MEND, mus_in) + offset_curve(T_MEND, 0, muscle_out)
mp = poly_px(mpoly)
mitems = [path(sd(mp, k=0.6), fill=MUSCLE_FILL, stroke=MUSCLE_LN, sw=1.6)]
# fibre lines running along the back
for frac in (0.22, 0.4, 0.58, 0.76, 0.9):
    def fo(t, frac=frac):
        a, b = mus_in(t), muscle_out(t)
        return a + (b - a) * frac
    t_end = t_sac(interp([(0.22, 62), (0.4, 55), (0.58, 45), (0.76, 35), (0.9, 22)], frac))
    line = [P(q) for q in offset_curve(4 + frac * 6, t_end, fo, 3)]
    line = [q for q in line if q[1] > Y_CUT + 2]
    mitems.append(path(sd(line, closed=False), stroke=MUSCLE_FIB, sw=1.0, detail=True))
BODY.append(group("muscle", mitems))
A_("muscle", Wt(TL["l2"][1] + 4, 72.5))

# ------------------------------------------------------------------ epidural space (canal)
T_HIATUS = t_sac(70)
T_CANAL_END = t_sac(96)
# posterior boundary: canal width down to hiatus, then the inner face of the sacrococcygeal ligament
HL0 = S(71.5, 18.5)     # lower tip of posterior plate (cornu) - defined again in sacrum
epi_post = offset_curve(0, T_HIATUS, canal_w, 1.2)
lig_in = [S(71, 17.0), S(80, 14.5), S(88, 10.5), S(95, 5.5)]
epi_ant = offset_curve(T_CANAL_END, 0, lambda t: -0.6, 1.2)
epi = poly_px(epi_post + lig_in + epi_ant)
BODY.append(group("epidural-space", [path(sd(epi, k=0.5), fill=FAT, stroke=FAT_LN, sw=1.2)]))
A_("epidural-space", Wt(TL["l3"][1] + 2, 15.2))

# ------------------------------------------------------------------ dura (sac with cauda equina)
T_SAC_END = t_sac(31)
def dura_a(t):
    return 1.8 if t < T_SAC_END - 14 else 1.8 + (t - (T_SAC_END - 14)) * 0.12


def dura_b(t):
    if t < T_S1:
        return 13.2
    s_ = t - T_S1
    return interp([(0, 13.2), (12, 12.2), (31, 9.5)], s_)


TC = T_SAC_END - 7
dpoly = offset_curve(0, TC, dura_b, 1.2)
# rounded lower end (cul-de-sac)
end_ctrl = [Wt(T_SAC_END - 3, dura_b(T_SAC_END - 3) - 1.2), Wt(T_SAC_END, (dura_a(T_SAC_END) + dura_b(T_SAC_END)) / 2 + 0.8),
            Wt(T_SAC_END - 3.5, dura_a(T_SAC_END - 3.5) + 1.0)]
dpoly += end_ctrl + offset_curve(TC, 0, dura_a, 1.2)
dp = poly_px(dpoly)
ditems = [path(sd(dp, k=0.6), fill=DURA, stroke=DURA_LN, sw=1.8)]
# inner fluid (membrane shown as band)
ipoly = offset_curve(0, TC - 1.5, lambda t: dura_b(t) - 1.1, 1.2) + \
    [Wt(T_SAC_END - 3.5, (dura_a(T_SAC_END) + dura_b(T_SAC_END)) / 2)] + \
    offset_curve(TC - 1.5, 0, lambda t: dura_a(t) + 1.1, 1.2)
ditems.append(path(sd(poly_px(ipoly), k=0.6), fill=DURA_IN, detail=True))
# cauda equina rootlets: gently wavy strands
for j, fr in enumerate((0.22, 0.36, 0.5, 0.64, 0.78)):
    tend = T_SAC_END - 4 - abs(fr - 0.5) * 10
    pts = []
    n = 24
    for i in range(n + 1):
        t = 2 + (tend - 2) * i / n
        a, b = dura_a(t) + 1.6, dura_b(t) - 1.6
        o = a + (b - a) * (fr + 0.03 * math.sin(t / 9 + j))
        pts.append(P(Wt(t, o)))
    pts = [q for q in pts if q[1] > Y_CUT + 1]
    ditems.append(path(sd(pts, closed=False), stroke="#D8C06A", sw=3.0, stroke_linecap="round", detail=True))
    ditems.append(path(sd(pts, closed=False), stroke=ROOTLET, sw=1.6, stroke_linecap="round", detail=True))
# filum terminale down to the coccyx
fil = [Wt(T_SAC_END - 1, (dura_a(T_SAC_END) + dura_b(T_SAC_END)) / 2), S(50, 4.5), S(70, 3.8), S(88, 2.6), S(97, 0.5)]
ditems.append(path(sd([P(q) for q in fil], closed=False), stroke=DURA_LN, sw=1.2, opacity=0.8, detail=True))
BODY.append(group("dura", ditems))
A_("dura", Wt(TL["l2"][1] + 1.5, 10.8))


# ------------------------------------------------------------------ discs
def bilin(c, u, v):
    TLc, TRc, BLc, BRc = c
    top = lerp(TLc, TRc, u)
    bot = lerp(BLc, BRc, u)
    return lerp(top, bot, v)


def disc_items(dk):
    d = D[dk]
    c = (d["At"], d["Bt"], d["Ab"], d["Bb"])   # TL TR BL BR (top = upper body bottom)
    ov = 0.12
    shape = [(0.03, -ov), (0.5, -ov), (0.985, -ov), (1.035, 0.2), (1.05, 0.5), (1.035, 0.8), (0.985, 1 + ov),
             (0.5, 1 + ov), (0.03, 1 + ov), (-0.035, 0.78), (-0.055, 0.5), (-0.035, 0.22)]
    pts = [P(bilin(c, u, v)) for u, v in shape]
    items = [path(sd(pts), fill=DISC, stroke=DISC_LN, sw=1.8)]
    nuc = [(0.38, 0.3), (0.6, 0.22), (0.8, 0.35), (0.83, 0.6), (0.65, 0.78), (0.42, 0.74), (0.33, 0.52)]
    items.append(path(sd([P(bilin(c, u, v)) for u, v in nuc]), fill=DISC_IN, stroke=DISC_LN, sw=0.8,
                      stroke_opacity=0.5, detail=True))
    for u0 in (0.08, 0.17):
        arc = [P(bilin(c, u0 + 0.03, 0.08)), P(bilin(c, u0 - 0.02, 0.5)), P(bilin(c, u0 + 0.03, 0.92))]
        items.append(path(sd(arc, closed=False), stroke=DISC_LN, sw=1.0, opacity=0.4, detail=True))
    arc = [P(bilin(c, 0.94, 0.12)), P(bilin(c, 0.975, 0.5)), P(bilin(c, 0.94, 0.88))]
    items.append(path(sd(arc, closed=False), stroke=DISC_LN, sw=1.0, opacity=0.4, detail=True))
    return items, c


DISC_KEYS = ["l1-l2", "l2-l3", "l3-l4", "l4-l5", "l5-s1"]
for dk in DISC_KEYS:
    dd = D[dk]
    items, c = disc_items(dk)
    BODY.append(group("disc-" + dk, items))
    A_("disc-" + dk, bilin(c, 0.12, 0.5))

# ------------------------------------------------------------------ vertebrae
ARCH = [
    (-2.0, 2.6, 'c'),
    (4, 2.3), (10, 1.7), (15.2, 0.6),
    (17.6, -2.8), (18.8, -7.2),
    (20.6, -10.4), (24.0, -11.3), (27.0, -9.6),
    (27.9, -6.0), (29.8, -3.0), (30.4, 0.4),
    (32.6, 4.2), (36.2, 4.6), (41, 3.6), (50, 3.0), (58, 2.2), (63.5, 2.0),
    (66.8, 4.0), (68.2, 9.0), (67.8, 14.5), (65.8, 18.6), (61.8, 20.0),
    (54, 19.6), (46.5, 20.6), (41.2, 22.8),
    (38.8, 26.5), (37.6, 31), (35.8, 35.2),
    (33.4, 37.4), (30.6, 37.0), (28.8, 34.6),
    (27.9, 30.4), (27.4, 26.2),
    (25.6, 22.0), (21.5, 18.8), (16, 16.6), (10, 15.8), (4, 16.5), (-2.0, 18.4, 'c'),
]
NOTCH = [(-2.0, 18.4), (4, 16.5), (10, 15.8), (16, 16.6), (21.5, 18.8)]      # pedicle lower border (reversed order)
PED_TOP = [(-2.0, 2.6), (4, 2.3), (10, 1.7), (15.2, 0.6)]


def arch_border_y(x, pts):
    pts = sorted(pts)
    return interp(pts, x)


def body_items(nm):
    v = V[nm]
    c = (v["At"], v["Bt"], v["Ab"], v["Bb"])
    shape = [(0.02, 0.012), (0.25, 0.0), (0.5, 0.004), (0.75, 0.0), (0.975, 0.01), (1.0, 0.05),
             (0.996, 0.3), (0.99, 0.5), (0.996, 0.7), (1.0, 0.95), (0.975, 0.99), (0.75, 1.0), (0.5, 0.996),
             (0.25, 1.0), (0.02, 0.988), (-0.012, 0.93), (0.02, 0.72), (0.035, 0.5), (0.02, 0.28), (-0.012, 0.07)]
    pts = [P(bilin(c, u, vv)) for u, vv in shape]
    items = [path(sd(pts), fill=BONE, stroke=BONE_LN, sw=2.0, stroke_linejoin="round")]
    inner = [(0.07, 0.075), (0.5, 0.07), (0.93, 0.075), (0.945, 0.5), (0.93, 0.925), (0.5, 0.93), (0.07, 0.925),
             (0.085, 0.5)]
    items.append(path(sd([P(bilin(c, u, vv)) for u, vv in inner], k=0.55), fill=BONE_IN, stroke="#D9C7A5",
                      sw=1.0, detail=True))
    # endplate (ring apophysis) lines
    for vv in (0.035, 0.965):
        items.append(path(sd([P(bilin(c, 0.06, vv)), P(bilin(c, 0.5, vv + (0.004 if vv < .5 else -0.004))),
                              P(bilin(c, 0.94, vv))], closed=False), stroke="#CDB994", sw=1.0, detail=True))
    # trabecular hint: a few faint vertical lines
    for u in (0.3, 0.5, 0.7):
        items.append(path(sd([P(bilin(c, u, 0.16)), P(bilin(c, u + 0.01, 0.5)), P(bilin(c, u, 0.84))],
                             closed=False), stroke="#E3D4B4", sw=1.2, detail=True))
    # small nutrient foramen on the side
    items.append(path(sd([P(bilin(c, 0.52 + dx, 0.5 + dy)) for dx, dy in
                          ((-0.03, 0), (0, -0.03), (0.03, 0), (0, 0.03))]), fill="#BFA983", detail=True))
    return items, c


def arch_items(nm):
    F, ang = vframe(nm)
    T = PX @ F
    items = [path(sd(ARCH, T, k=0.95), fill=BONE, stroke=BONE_LN, sw=2.0, stroke_linejoin="round")]
    # shading: inferior articular process (further from viewer) and under side of spinous process
    iap = [(27.9, 28), (30, 24.5), (37.8, 27), (37.2, 31.5), (35.4, 35), (33.2, 36.6), (30.8, 36.3), (29.2, 34),
           (28.4, 30.4)]
    items.append(path(sd(iap, T), fill=BONE_SH, stroke="none", detail=True))
    sp = [(42.5, 18.5), (50, 16.8), (58, 16.2), (64.5, 15.0), (65.4, 17.6), (61.6, 19.2), (54, 18.8), (46.4, 19.9),
          (41.8, 21.6)]
    items.append(path(sd(sp, T), fill=BONE_SH, stroke="none", detail=True))
    # pars / lamina ridge line
    items.append(path(sd([(30.4, 0.8), (31.5, 6), (33.5, 12), (36.5, 19)], T, closed=False), stroke="#B9A27D",
                      sw=1.2, detail=True))
    # spinous process tip ridge
    items.append(path(sd([(64.5, 4.5), (66.0, 9.5), (65.0, 15.5)], T, closed=False), stroke="#B9A27D", sw=1.1, detail=True))
    # transverse process seen end-on (projects toward the viewer)
    tp = ellipse_pts(21.4, 6.8, 5.6, 4.2, -20, 12)
    items.append(path(sd(tp, T), fill="#E9DBBD", stroke=BONE_LN, sw=1.8))
    items.append(path(sd([(17.0, 6.6), (18.6, 3.6), (22.0, 2.6), (25.2, 3.4), (22.4, 3.9), (19.4, 5.2)], T),
                      fill=BONE_HI, stroke="none", detail=True))
    return items, F


VERT_ORDER = ["l1", "l2", "l3", "l4", "l5"]
ARCH_F = {}
for nm in VERT_ORDER:
    a_items, F = arch_items(nm)
    b_items, c = body_items(nm)
    ARCH_F[nm] = F
    BODY.append(group("vertebra-" + nm, a_items + b_items))
    A_("vertebra-" + nm, bilin(c, 0.28, 0.5))

# ------------------------------------------------------------------ sacrum (sagittal cut-away of the canal)
def T_body(s_):
    return sinterp([(0, W_S1), (10, W_S1 - 1.5), (25, 31), (45, 23), (62, 17), (78, 12.5), (92, 10)], s_)


def plate_out(s_):   # dorsal surface offset (without tubercles)
    return interp([(0, 22.5), (30, 21.0), (60, 17.5), (71, 16.8)], s_)


SAC_END = 92.5
outline = []
# S1 upper endplate: anterior -> posterior
outline += [(S(0.6, -W_S1 + 0.3), 'c'), (S(-0.2, -W_S1 * 0.5), None), (S(0, -0.2), 'c')]
# posterior wall of S1 body up to the S1 pedicle, pedicle upper border, S1 superior articular process
ped_top = [(-1.5, 2.6), (4, 2.3), (10, 1.7), (15.2, 0.6)]
F_S1 = frame(B0, PHI0)
for q in [(0.3, 2.4), (4, 2.2), (10, 1.6), (15.2, 0.6), (17.6, -2.8), (18.8, -7.2), (20.6, -10.4), (24.0, -11.3),
          (27.0, -9.6), (27.9, -6.0), (29.8, -3.0), (30.4, 0.4), (32.6, 2.4)]:
    outline.append((F_S1(q), None))
# median sacral crest (dorsal surface with spinous tubercles)
crest = [(2.0, 33.5), (6.0, 35.0), (11, 34.0), (16, 28.5), (20, 25.5), (24, 28.5), (29, 27.6), (33, 23.5), (37, 22.5),
         (41, 25.5), (46, 24.6), (50, 21.0), (54, 20.2), (58, 22.5), (62, 21.6), (66, 18.6), (70, 18.6),
         (73.5, 18.8)]
for s_, o in crest:
    outline.append((S(s_, o), None))
# sacral cornu, then up the anterior face of the posterior wall (canal roof)
outline += [(S(75.5, 18.2), None), (S(73.8, 16.6), 'c'), (S(69, canal_w(t_sac(69)) + 0.3), None)]
for s_ in (60, 48, 36, 26):
    outline.append((S(s_, canal_w(t_sac(s_))), None))
outline.append((S(18, canal_w(t_sac(18)) + 0.5), 'c'))
# S1 "pedicle" lower border (bottom of the bar crossing the canal)
outline += [(S(17.2, 11), None), (S(16.2, 5), None), (S(17.5, 0.3), 'c')]
# posterior wall of sacral bodies down to apex
for s_ in (28, 42, 56, 70, 84):
    outline.append((S(s_, -0.3), None))
outline += [(S(SAC_END, -0.4), 'c'), (S(SAC_END + 0.6, -T_body(SAC_END) * 0.5), None),
            (S(SAC_END, -T_body(SAC_END) + 0.4), 'c')]
# anterior (pelvic) surface up to the promontory, with transverse ridges
for s_ in (84, 76, 66, 58, 48, 40, 30, 20, 10):
    outline.append((S(s_, -T_body(s_) - (0.8 if s_ in (66, 48, 30) else 0)), None))
outline.append((S(3, -W_S1 - 0.8), None))
sac_pts = [(P(q)[0], P(q)[1], 'c') if f == 'c' else P(q) for q, f in outline]
sitems = [path(sd(sac_pts, k=0.9), fill=BONE, stroke=BONE_LN, sw=2.0, stroke_linejoin="round")]
# inner cancellous region of the body column
inner = [S(2.5, -W_S1 + 2.5), S(2.2, -2.2)] + [S(s_, -2.2) for s_ in (20, 40, 60, 80)] + \
    [S(SAC_END - 2.2, -2.4), S(SAC_END - 2.2, -T_body(SAC_END) + 2.4)] + \
    [S(s_, -T_body(s_) + 2.3) for s_ in (80, 60, 40, 20)]
sitems.append(path(sd([P(q) for q in inner], k=0.6), fill=BONE_IN, stroke="#D9C7A5", sw=1.0, detail=True))
# rudimentary disc remnants between fused segments
for s_ in (25.5, 45.5, 63, 78.5):
    tb = T_body(s_)
    lens = [S(s_, -tb + 2.6), S(s_ - 0.6, -tb * 0.5), S(s_, -2.6), S(s_ + 0.6, -tb * 0.5)]
    sitems.append(path(sd([P(q) for q in lens], k=0.9), fill="#D5DEE8", stroke=DISC_LN, sw=0.8, stroke_opacity=0.45, detail=True))
# dorsal plate inner line (cortex of the posterior wall) and S1 lamina shading
sitems.append(path(sd([P(S(s_, plate_out(s_) - 1.5)) for s_ in (4, 20, 40, 60, 70)], closed=False),
                   stroke="#CDB994", sw=1.0, detail=True))
sitems.append(path(sd([P(F_S1(q)) for q in [(18.2, 0.4), (20.5, -5), (24, -8.5), (27.6, -5.5), (28.2, 0.5),
                                             (24, 3), (20, 2.8)]]), fill=BONE_SH, detail=True))
BODY.append(group("sacrum", sitems))
A_("sacrum", S(50, -T_body(50) * 0.45))

# coccyx
citems = []
segs_c = [(SAC_END + 1.4, SAC_END + 9.8, 9.2), (SAC_END + 11.0, SAC_END + 17.6, 7.4),
          (SAC_END + 18.8, SAC_END + 23.8, 6.0), (SAC_END + 25.0, SAC_END + 28.6, 4.6)]
for i, (s0, s1, th) in enumerate(segs_c):
    oc = -T_body(SAC_END) * 0.5 + i * 0.3
    h = th / 2
    pts = [S(s0, oc - h * 0.9), S(s0 - 0.3, oc), S(s0, oc + h * 0.9), S((s0 + s1) / 2, oc + h * 1.05),
           S(s1, oc + h * 0.7), S(s1 + 0.4, oc), S(s1, oc - h * 0.7), S((s0 + s1) / 2, oc - h * 1.05)]
    citems.append(path(sd([P(q) for q in pts], k=0.9), fill=BONE, stroke=BONE_LN, sw=1.8))
    if i == 0:  # coccygeal cornu
        citems.append(path(sd([P(q) for q in [S(s0 + 0.8, oc + h * 0.8), S(s0 - 2.6, oc + h + 0.6),
                                               S(s0 - 2.0, oc + h + 2.4), S(s0 + 3, oc + h + 0.8)]]),
                           fill=BONE, stroke=BONE_LN, sw=1.6))
BODY.append(group("coccyx", citems))
A_("coccyx", S(SAC_END + 14.5, -T_body(SAC_END) * 0.5 - 1.5))

# ------------------------------------------------------------------ ligamentum flavum
lf_items = []
LF_PAIRS = [("l1", "l2"), ("l2", "l3"), ("l3", "l4"), ("l4", "l5"), ("l5", "s1")]
for up, lo in LF_PAIRS:
    t0 = TL[up][0] + 14.0
    t1 = (TL[lo][0] + 6.0) if lo != "s1" else t_sac(5.0)
    L_ = t1 - t0

    def thick(t, t0=t0, L_=L_):
        f = (t - t0) / L_
        return 1.2 + 4.4 * math.sin(math.pi * min(1.0, max(0.0, f))) ** 0.6

    inner_ = offset_curve(t0, t1, lambda t: canal_w(t) + 1.9 - thick(t) * 0.5, 0.8)
    outer_ = offset_curve(t1, t0, lambda t: canal_w(t) + 1.9 + thick(t) * 0.5, 0.8)
    pts = [P(q) for q in inner_ + outer_]
    lf_items.append(path(sd(pts, k=0.7), fill=LIG, stroke=LIG_LN, sw=1.4))
    # fibre hints
    for fo_ in (-1.0, 1.0):
        mid = offset_curve(t0 + 3, t1 - 3, lambda t, fo_=fo_: canal_w(t) + 1.9 + fo_ * thick(t) * 0.22, 2.0)
        lf_items.append(path(sd([P(q) for q in mid], closed=False), stroke=LIG_LN, sw=0.8, opacity=0.45, detail=True))
BODY.append(group("ligamentum-flavum", lf_items))
A_("ligamentum-flavum", Wt((TL["l3"][1] + TL["l4"][0]) / 2 + 2, canal_w(0) + 1.9))

# ------------------------------------------------------------------ facet joints (L3-4, L4-5, L5-S1)
def facet_items(lower_frame):
    T = PX @ lower_frame
    # capsule (faint) around the joint
    cap = [(25.2, -12.6), (28.4, -10.6), (31.4, -6.6), (33.2, -1.6), (33.6, 3.4), (32.2, 6.4), (30.0, 5.0),
           (28.4, 0.8), (26.6, -3.8), (24.8, -8.4)]
    items = [path(sd(cap, T, k=0.9), fill=CART, fill_opacity=0.3, stroke=DISC_LN, sw=1.2, stroke_opacity=0.7)]
    # joint space lined with cartilage, along the back edge of the lower bone's superior articular process
    c = [(26.6, -10.4), (27.9, -6.6), (29.6, -3.2), (30.7, 0.4), (31.3, 4.2)]
    Lj, Rj = tube(c, [(0, 0.6), (0.2, 1.9), (0.8, 1.9), (1.0, 0.6)], step=0.4)
    items.append(path(ld([T(q) for q in Lj + Rj[::-1]]), fill=CART, stroke=DISC_LN, sw=1.3, stroke_linejoin="round"))
    items.append(path(sd(c, T, closed=False), stroke=DISC_LN, sw=0.9, opacity=0.7, detail=True))
    return items, T((30.6, -1.6))


for up, lo in [("l1", "l2"), ("l2", "l3"), ("l3", "l4"), ("l4", "l5"), ("l5", "s1")]:
    Flo = ARCH_F[lo] if lo != "s1" else F_S1
    items, ap = facet_items(Flo)
    BODY.append(group(f"facet-joint-{up}-{lo}", items))
    ANCH[f"facet-joint-{up}-{lo}"] = ap


# ------------------------------------------------------------------ nerve roots
def root_items(nm):
    F = ARCH_F[nm]
    T = PX @ F
    items = []
    # exiting part: from under the pedicle, ganglion in the foramen, spinal nerve heading down & forward
    cl = [(8.4, 12.5), (8.0, 18.0), (6.0, 22.8), (2.8, 27.5), (-1.2, 32.5), (-5.4, 38.0), (-8.6, 43.0)]
    Lp, Rp = tube(cl, [(0, 4.4), (0.1, 4.6), (0.26, 6.6), (0.42, 4.2), (0.75, 3.7), (1.0, 3.0)], step=0.5)
    notch = sorted(NOTCH)

    def below(p):
        return p[1] > interp(notch, p[0]) + 0.9
    Lp = [q for q in Lp if below(q)]
    Rp = [q for q in Rp if below(q)]
    cap_top = [(x, interp(notch, x) + 0.9) for x in
               [Rp[0][0] + (Lp[0][0] - Rp[0][0]) * f for f in (0.25, 0.5, 0.75)]]
    poly = Lp + Rp[::-1] + cap_top[::-1] if False else Lp + [Lp[-1]] + Rp[::-1] + cap_top
    # (left edge runs from start to end, right edge back) -> fill
    fill_pts = [T(q) for q in Lp + Rp[::-1]] + [T(q) for q in
                                                 [(x, interp(notch, x) + 0.9) for x in
                                                  [Rp[0][0] + (Lp[0][0] - Rp[0][0]) * f for f in (0.33, 0.67)]]]
    items.append(path(ld(fill_pts), fill=NERVE, stroke="none"))
    stroke_pts = [T(q) for q in Rp + Lp[::-1]]
    # smooth the outline path (open)
    items.append(path(ld([T(q) for q in Lp], closed=False) , stroke=NERVE_LN, sw=1.6, stroke_linejoin="round"))
    items.append(path(ld([T(q) for q in Rp], closed=False), stroke=NERVE_LN, sw=1.6, stroke_linejoin="round"))
    items.append(path(ld([T(Lp[-1]), T(Rp[-1])], closed=False), stroke=NERVE_LN, sw=1.6, stroke_linecap="round"))
    # ganglion texture
    g = ellipse_pts(6.4, 22.0, 2.0, 1.1, -60, 8)
    items.append(path(sd(g, T), fill="#F7D76A", stroke="none", detail=True))
    # traversing part above the pedicle: leaves the dural sac and runs down to the pedicle
    cl2 = [(6.0, -14.0), (6.0, -8.5), (6.8, -3.0), (7.6, 3.0)]
    L2, R2 = tube(cl2, [(0, 0.5), (0.35, 3.0), (1.0, 3.3)], step=0.5)
    ptop = sorted(PED_TOP)

    def above(p):
        return p[1] < interp(ptop, p[0]) - 0.9
    L2 = [q for q in L2 if above(q)]
    R2 = [q for q in R2 if above(q)]
    items.append(path(ld([T(q) for q in L2 + R2[::-1]]), fill="#F6D767", stroke="none"))
    items.append(path(ld([T(q) for q in L2], closed=False), stroke=NERVE_LN, sw=1.1, stroke_opacity=0.75))
    items.append(path(ld([T(q) for q in R2], closed=False), stroke=NERVE_LN, sw=1.1, stroke_opacity=0.75))
    return items, T((-3.0, 35.0))


for nm in VERT_ORDER:
    items, ap = root_items(nm)
    BODY.append(group("nerve-root-" + nm, items))
    ANCH["nerve-root-" + nm] = ap

# ------------------------------------------------------------------ sacral hiatus (sacrococcygeal ligament)
hl_out = [S(71.5, 20.6), S(80, 18.0), S(88, 13.6), S(95, 8.6), S(98.5, 5.2)]
hl_in = [S(97, 4.2), S(94, 6.0), S(88, 10.8), S(80, 14.8), S(73, 17.2)]
hitems = [path(sd([P(q) for q in hl_out + hl_in], k=0.8), fill=LIG, stroke=LIG_LN, sw=1.5)]
hitems.append(path(sd([P(q) for q in [S(74, 18.4), S(82, 15.8), S(90, 11.6), S(96, 6.5)]], closed=False),
                   stroke=LIG_LN, sw=0.8, opacity=0.5, detail=True))
BODY.append(group("sacral-hiatus", hitems))
A_("sacral-hiatus", S(84, 16.0))

# ------------------------------------------------------------------ overlays
OV = []
F4, F5 = ARCH_F["l4"], ARCH_F["l5"]

# herniation L4-L5 (disc material pushed back into the canal, toward the traversing L5 root)
d45 = D["l4-l5"]
hc = (d45["At"], d45["Bt"], d45["Ab"], d45["Bb"])
Th = PX @ F5
hpts = [P(bilin(hc, 0.8, 0.1)), P(bilin(hc, 0.97, -0.02)), Th((1.6, -7.4)), Th((4.0, -5.8)), Th((5.6, -3.0)),
        Th((5.8, 0.4)), Th((4.8, 3.4)), Th((2.6, 4.6)), Th((0.6, 3.4)), P(bilin(hc, 0.97, 1.02)),
        P(bilin(hc, 0.8, 0.9))]
hitems = [path(sd(hpts, k=0.9), fill=HERN, stroke=HERN_LN, sw=1.8)]
hin = [P(bilin(hc, 0.74, 0.32)), Th((0.8, -5.0)), Th((3.4, -3.2)), Th((3.8, 0.2)), Th((2.0, 1.8)),
       P(bilin(hc, 0.74, 0.7))]
hitems.append(path(sd(hin, k=0.9), fill="#A9BCD0", stroke="none", detail=True))
OV.append(("herniation-l4-l5", hitems))
ANCH["herniation-l4-l5"] = Th((5.0, -1.0))

# contrast: epidural (posterior epidural space, spreading over two levels)
t0 = TL["l4"][0] - 10
t1 = TL["l5"][1] + 4
cpts = offset_curve(t0, t1, lambda t: 13.6 + 0.3 * math.sin(t / 3), 1.0) + \
    offset_curve(t1, t0, lambda t: 16.6 - 0.6 * math.sin(t / 4.0), 1.0)
cpts = [P(q) for q in cpts]
ci = [path(sd(cpts, k=0.7), fill=CONTRAST, opacity=0.72)]
# thin film wrapping forward around the sac at the injection level
t2, t3 = TL["l4"][1] - 4, TL["l5"][0] + 10
ci.append(path(sd([P(q) for q in offset_curve(t2, t3, lambda t: 0.5, 1.0) +
                   offset_curve(t3, t2, lambda t: 1.7, 1.0)], k=0.7), fill=CONTRAST, opacity=0.55))
OV.append(("contrast-epidural", ci))

# contrast: transforaminal at L5-S1 (along the L5 root and into the front of the canal)
T5 = PX @ F5
tf = [(11.5, 16.8), (9.0, 18.0), (5.0, 20.5), (0.5, 26.5), (-6.5, 33.5), (-11.5, 39.0), (-8.0, 41.0),
      (-2.0, 36.5), (4.0, 31.5), (8.8, 27.0), (11.8, 22.0)]
ci = [path(sd(tf, T5, k=0.9), fill=CONTRAST, opacity=0.7)]
ci.append(path(sd([P(q) for q in offset_curve(TL["l5"][0] + 2, TL["l5"][1] + 5, lambda t: 0.3, 1.0) +
                   offset_curve(TL["l5"][1] + 5, TL["l5"][0] + 2, lambda t: 2.2, 1.0)], k=0.7),
              fill=CONTRAST, opacity=0.6))
OV.append(("contrast-transforaminal", ci))

# contrast: caudal (fills sacral canal upward from the needle tip)
cc = offset_curve(t_sac(78), t_sac(-6), lambda t: min(canal_w(t) - 0.8, 12.5), 1.2) + \
    offset_curve(t_sac(-6), t_sac(78), lambda t: 0.6, 1.2)
OV.append(("contrast-caudal", [path(sd([P(q) for q in cc], k=0.7), fill=CONTRAST, opacity=0.7)]))

# needles
NW = 5.0
for gid in ("needle-interlaminar", "needle-transforaminal", "needle-caudal"):
    tip_mm, ent_mm, beyond = NEEDLES[gid]
    tip_px, ent_px = P(tip_mm), P(ent_mm)
    items, mid = needle(tip_px, ent_px, w=NW, beyond=beyond)
    OV.append((gid, items))
    ANCH[gid] = lerp(tip_px, ent_px, 0.5)

# ------------------------------------------------------------------ assemble
anchors = ["  <g id=\"anchors\">"] + ["    " + anchor(k_, v_) for k_, v_ in ANCH.items()] + ["  </g>"]
svg_body = BODY + ["\n".join(anchors)] + [group(gid, items, class_="overlay") for gid, items in OV]
open(OUT, "w").write(document(VW, VH, [], svg_body))
print("wrote", OUT)
