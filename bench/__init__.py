"""Benchmarks and the soak test of the Ecart Pay SDK (`make bench`, `make soak`).

Every program prints markdown tables of medians and ratios measured side by side in
one process, because ratios survive a noisy machine and absolute times do not.
"""
