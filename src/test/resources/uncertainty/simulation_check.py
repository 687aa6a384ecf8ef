"""Independent check of the Monte Carlo figures of UncertaintyTest (docs/method.md, Uncertainty).

Re-implements Java's SplittableRandom (SplitMix64: seed, gamma, mix64, mixGamma, split,
nextDouble) in plain integers, draws the same uniform numbers, applies the triangular inverse
distribution function in exact rational arithmetic (square roots to 40 digits with Decimal), and
prints P10, P50, P90 (nearest rank), the mean and P(NPSV > 0) of NPSV for the one-project,
two-input case `twoInputs` of UncertaintyTest:
    NPSV = saving − 900 × (1 + optimism bias),
    optimism bias ~ triangular(0, 0.1, 0.2) (drawn first: costs come first),
    saving (per_year, one year, discount factor 1) ~ triangular(800, 1000, 1200).
Run: python3 simulation_check.py
"""
from decimal import Decimal, getcontext
from fractions import Fraction

getcontext().prec = 40
MASK = (1 << 64) - 1
GOLDEN_GAMMA = 0x9E3779B97F4A7C15


def mix64(z):
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


def mix_gamma(z):
    z = ((z ^ (z >> 33)) * 0xFF51AFD7ED558CCD) & MASK
    z = ((z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53) & MASK
    z = (z ^ (z >> 33)) | 1
    n = bin(z ^ (z >> 1)).count("1")
    return z ^ 0xAAAAAAAAAAAAAAAA if n < 24 else z


class SplitMix:
    def __init__(self, seed, gamma=GOLDEN_GAMMA):
        self.seed = seed & MASK
        self.gamma = gamma

    def next_seed(self):
        self.seed = (self.seed + self.gamma) & MASK
        return self.seed

    def next_long(self):
        return mix64(self.next_seed())

    def split(self):
        return SplitMix(self.next_long(), mix_gamma(self.next_seed()))

    def next_double(self):
        # (mix64 >>> 11) × 2^-53, exactly
        return Fraction(mix64(self.next_seed()) >> 11, 1 << 53)


def sqrt(q):
    return Fraction(str((Decimal(q.numerator) / Decimal(q.denominator)).sqrt()))


def triangular(low, likely, high, u):
    width = high - low
    if width == 0:
        return likely
    left = likely - low
    if u < left / width:
        return low + sqrt(u * width * left)
    return high - sqrt((1 - u) * width * (high - likely))


def rank(values, p):
    n = len(values)
    k = (p * n + 99) // 100
    return values[max(0, min(n - 1, k - 1))]


def run(seed, draws):
    g = SplitMix(seed).split()
    npsv = []
    for _ in range(draws):
        ob = triangular(Fraction(0), Fraction(1, 10), Fraction(2, 10), g.next_double())
        saving = triangular(Fraction(800), Fraction(1000), Fraction(1200), g.next_double())
        npsv.append(saving - 900 * (1 + ob))
    mean = sum(npsv) / draws
    positive = sum(1 for x in npsv if x > 0)
    s = sorted(npsv)
    for name, x in (("p10", rank(s, 10)), ("p50", rank(s, 50)), ("p90", rank(s, 90)),
                    ("mean", mean)):
        print(name, f"{float(x):.10f}")
    print("p_npsv_positive", Fraction(positive, draws))


if __name__ == "__main__":
    run(5, 11)
