# Independent reference values for the tests in src/test/java/dk/praksis/stats (and compare).
# Textbook formulas, python3 standard library only (no scipy): Wilson in the centre ± half-width
# form, Clopper-Pearson by bisection on exact binomial sums, Newcombe's method 10 in the
# z*sqrt(l(1-l)/n + ...) form, Fisher's exact test by summing hypergeometric probabilities,
# Cochran-Armitage from Agresti's formula. Run: python3 src/test/python/stats_reference.py
from statistics import NormalDist
from math import comb, sqrt
z = NormalDist().inv_cdf(0.975)
def wilson(k, n, f=1.0):
    p = k/n
    # Wilson 1927 in the "centre ± half" textbook form with n_eff = n/f
    ne = n/f
    denom = 1 + z*z/ne
    centre = (p + z*z/(2*ne))/denom
    half = z*sqrt(p*(1-p)/ne + z*z/(4*ne*ne))/denom
    return max(0,centre-half), min(1,centre+half)
def binom_cdf(k, n, p):
    return sum(comb(n,i)*p**i*(1-p)**(n-i) for i in range(k+1))
def bisect(f, lo, hi):
    for _ in range(200):
        mid=(lo+hi)/2
        if f(mid): hi=mid
        else: lo=mid
    return (lo+hi)/2
def cp(k, n, a=0.05):
    # upper: P(X<=k | p) = a/2 ; lower: P(X>=k | p) = a/2
    up = 1.0 if k==n else bisect(lambda p: binom_cdf(k,n,p) <= a/2, 0, 1)
    lo = 0.0 if k==0 else bisect(lambda p: 1-binom_cdf(k-1,n,p) >= a/2, 0, 1)
    return lo, up
def newcombe(k1,n1,k2,n2):
    l1,u1=wilson(k1,n1); l2,u2=wilson(k2,n2)
    p1=k1/n1; p2=k2/n2; d=p1-p2
    return d - z*sqrt(l1*(1-l1)/n1 + u2*(1-u2)/n2), d + z*sqrt(u1*(1-u1)/n1 + l2*(1-l2)/n2)
def fisher(a,b,c,d):
    r1=a+b; c1=a+c; n=a+b+c+d
    def pr(x): return comb(c1,x)*comb(n-c1,r1-x)/comb(n,r1)
    po=pr(a)
    return min(1,sum(pr(x) for x in range(max(0,r1-(n-c1)),min(r1,c1)+1) if pr(x)<=po*(1+1e-7)))
def ca(xs, ns, ts):
    N=sum(ns); pb=sum(xs)/N
    T=sum(t*(x-n*pb) for x,n,t in zip(xs,ns,ts))
    V=pb*(1-pb)*(sum(n*t*t for n,t in zip(ns,ts)) - sum(n*t for n,t in zip(ns,ts))**2/N)
    Z=T/sqrt(V); return Z, 2*(1-NormalDist().cdf(abs(Z)))
print("z", repr(z))
for k,n in [(81,263),(15,148),(0,20),(1,29),(29,29),(3,7),(0,1),(1,1)]:
    print("wilson",k,n,repr(wilson(k,n)), "cp", repr(cp(k,n)))
for k,n,N in [(3,10,40),(7,10,12),(0,10,50),(10,10,30),(5,10,10)]:
    print("fpc",k,n,N,repr(wilson(k,n,(N-n)/(N-1))) if n<N else "point")
for t in [(56,70,48,80),(9,10,3,10),(6,7,2,7),(5,56,0,29),(0,10,0,20),(0,10,0,10),(10,10,0,20),(10,10,0,10)]:
    print("newcombe",t,repr(newcombe(*t)))
for t in [(56,14,48,32),(3,1,1,3),(7,3,2,8),(0,10,4,6),(5,5,5,5)]:
    print("fisher",t,repr(fisher(*t)))
print("ca", repr(ca([6,9,14],[20,20,20],[2006,2008,2010])))
print("ca agresti", repr(ca([48,38,5,1,1],[17114,14502,793,127,38],[0,0.5,1.5,4,7])))
print("ca 0count", repr(ca([0,3,6],[10,12,9],[2009,2010,2011])))

# References for src/test/java/dk/praksis/compare (fixture counts in CompareFixtures).
print("cmp total i_o 2011-2010", repr(newcombe(56,70,48,80)), repr(fisher(56,14,48,32)))
print("cmp total omg 2011-2010", repr(10/70-24/80), repr(newcombe(10,70,24,80)), repr(fisher(10,60,24,56)))
print("cmp vejen i_o", repr(newcombe(9,10,3,10)), repr(fisher(9,1,3,7)))
print("cmp vejen AP1 (0 of 8 -> 5 of 9)", repr(5/9), repr(newcombe(5,9,0,8)), repr(fisher(5,4,0,8)))
print("cmp vejen AP1 wilson 0/8", repr(wilson(0,8)), "5/9", repr(wilson(5,9)))
print("cmp trend 6/20 9/20 14/20: first-last", repr(newcombe(14,20,6,20)), repr(fisher(14,6,6,14)))
# Exact conditional Cochran-Armitage p-value (two-sided, distance from the conditional mean of sum t_i x_i),
# by enumerating every table with the observed group sizes and total, in exact fractions.
from fractions import Fraction
def ca_exact(xs, ns, ts):
    X=sum(xs); N=sum(ns); m=min(ts); s=[t-m for t in ts]
    tables=[]
    def rec(i, left, acc):
        if i==len(ns)-1:
            if left<=ns[i]: tables.append(acc+[left])
            return
        for x in range(0, min(ns[i],left)+1): rec(i+1, left-x, acc+[x])
    rec(0,X,[])
    tot=comb(N,X)
    probs=[]
    for t in tables:
        w=1
        for n,x in zip(ns,t): w*=comb(n,x)
        probs.append((Fraction(w,tot), sum(a*b for a,b in zip(s,t))))
    E=sum(p*S for p,S in probs)
    obs=sum(a*b for a,b in zip(s,xs))
    return float(sum(p for p,S in probs if abs(S-E)>=abs(obs-E)))
print("ca_exact", (6,9,14),(20,20,20), repr(ca_exact((6,9,14),(20,20,20),(2006,2008,2010))))
print("ca_exact", (6,4,1),(12,11,10), repr(ca_exact((6,4,1),(12,11,10),(2009,2010,2011))))
print("newcombe/fisher", (3,5,0,5), repr(newcombe(3,5,0,5)), repr(fisher(3,2,0,5)))
# Stratified (combined ratio) estimate over kommuner with linearised variance, FPC per stratum, and Wilson
# with the effective sample size n_eff = p(1-p)/V. Residuals listed case by case (an independent form).
def stratified(strata):
    # strata: (k, m, n, N): k with the outcome of m in the domain, n sampled, N decisions
    Y = sum(N*k/n for k,m,n,N in strata); X = sum(N*m/n for k,m,n,N in strata); p = Y/X
    V = 0.0
    for k,m,n,N in strata:
        e = [1-p]*k + [-p]*(m-k) + [0.0]*(n-m)
        if n < 2: continue
        mean = sum(e)/n
        s2 = sum((v-mean)**2 for v in e)/(n-1)
        V += N*N*(1-n/N)*s2/n
    V /= X*X
    ne = p*(1-p)/V
    c = z*z/ne
    centre=(p+c/2)/(1+c); half=sqrt(c*p*(1-p)+c*c/4)/(1+c)
    return p, V, centre-half, centre+half
print("stratified", repr(stratified([(5,8,8,13),(6,14,15,334)])))
print("stratified", repr(stratified([(3,5,6,40),(7,9,10,120),(1,4,4,9)])))
# Agreement of two raters, from the list of rating pairs (one per subject). Cohen's kappa, unweighted and with
# linear weights 1-|i-j|/(q-1), with the large-sample variance of Fleiss, Cohen & Everitt (1969); Gwet's AC1 with
# the variance of Gwet (2008), eq. for two raters, no finite-population correction. Tables as rows = rater 1.
def pairs_of(table):
    return [(i, j) for i, row in enumerate(table) for j, c in enumerate(row) for _ in range(c)]
def kappa_fce(table, weighted=False):
    q = len(table); pairs = pairs_of(table); n = len(pairs)
    w = [[(1 - abs(i-j)/(q-1)) if weighted else (1.0 if i == j else 0.0) for j in range(q)] for i in range(q)]
    r = [sum(1 for a, b in pairs if a == i)/n for i in range(q)]
    c = [sum(1 for a, b in pairs if b == j)/n for j in range(q)]
    po = sum(w[a][b] for a, b in pairs)/n
    pe = sum(w[i][j]*r[i]*c[j] for i in range(q) for j in range(q))
    k = (po - pe)/(1 - pe)
    wr = [sum(c[j]*w[i][j] for j in range(q)) for i in range(q)]
    wc = [sum(r[i]*w[i][j] for i in range(q)) for j in range(q)]
    s = sum((w[a][b] - (wr[a] + wc[b])*(1 - k))**2 for a, b in pairs)/n
    var = (s - (k - pe*(1 - k))**2)/(n*(1 - pe)**2)
    return k, sqrt(var)
def ac1(table):
    q = len(table); pairs = pairs_of(table); n = len(pairs)
    pi = [(sum(1 for a, b in pairs if a == k) + sum(1 for a, b in pairs if b == k))/(2*n) for k in range(q)]
    pa = sum(1 for a, b in pairs if a == b)/n
    pe = sum(p*(1-p) for p in pi)/(q-1)
    g = (pa - pe)/(1 - pe)
    # Gwet (2008): per-subject agreement and chance terms, variance of their linear combination
    t1 = pa*(1-pa)
    t2 = sum(1 - pi[a] for a, b in pairs if a == b)/n/(q-1)
    t3 = sum((1 - (pi[a] + pi[b])/2)**2 for a, b in pairs)/n/(q-1)**2
    var = (t1 - 4*(1-g)*(t2 - pa*pe) + 4*(1-g)**2*(t3 - pe*pe))/(n*(1-pe)**2)
    return g, sqrt(var), pa, pe
abstractors = [[13, 0, 0], [0, 20, 7], [0, 4, 56]]   # Gwet (2014), table 2.? via irrCAC: AC1 0.849 (0.764-0.935)
print("kappa", repr(kappa_fce(abstractors)), "linear", repr(kappa_fce(abstractors, True)))
print("ac1", repr(ac1(abstractors)))
paradox = [[118, 5], [2, 0]]                           # one category dominates: kappa near 0, AC1 high
print("kappa paradox", repr(kappa_fce(paradox)), "ac1", repr(ac1(paradox)))
likert = [[3, 1, 0, 0], [1, 4, 1, 0], [0, 1, 2, 1], [0, 0, 1, 2]]
print("kappa likert", repr(kappa_fce(likert)), "linear", repr(kappa_fce(likert, True)), "ac1", repr(ac1(likert)))
# The report fixture's double review (dk.praksis.report.Fixtures.doubleReviewed): verdicts over
# [i_overensstemmelse, ændring, hjemvisning, formel, kan_ikke_vurderes], TF1 over the four Likert steps.
fixture_verdict = [[7,0,0,0,0],[0,1,0,0,0],[1,0,0,1,0],[0,0,0,1,0],[0,0,0,0,1]]
fixture_tf1 = [[7,0,0,0],[1,2,0,0],[0,0,1,0],[0,0,1,0]]
print("fixture verdict", repr(kappa_fce(fixture_verdict)), repr(ac1(fixture_verdict)))
print("fixture TF1", repr(kappa_fce(fixture_tf1)), "linear", repr(kappa_fce(fixture_tf1, True)), repr(ac1(fixture_tf1)))
