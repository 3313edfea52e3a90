#!/usr/bin/env python3
"""Adds up the JUnit XML reports of every module (maven-surefire, tycho-surefire, maven-failsafe) and prints one line."""
import glob
import os
import sys
import xml.etree.ElementTree as ET

root = sys.argv[1] if len(sys.argv) > 1 else "."
tests = failed = skipped = 0
per_module = {}
reports = []
for kind in ("surefire-reports", "failsafe-reports"):
    reports += glob.glob(os.path.join(root, "**", "target", kind, "TEST-*.xml"), recursive=True)
for path in sorted(reports):
    try:
        suite = ET.parse(path).getroot()
    except ET.ParseError:
        continue
    t = int(suite.get("tests", 0))
    f = int(suite.get("failures", 0)) + int(suite.get("errors", 0))
    s = int(suite.get("skipped", 0))
    module = path.split(os.sep + "target" + os.sep)[0].split(os.sep)[-1]
    m = per_module.setdefault(module, [0, 0, 0])
    m[0] += t; m[1] += f; m[2] += s
    tests += t; failed += f; skipped += s
for module, (t, f, s) in sorted(per_module.items()):
    print(f"  {module:32s} {t - f - s:4d} passed {f:3d} failed {s:3d} skipped")
print(f"Tests: {tests - failed - skipped} passed, {failed} failed, {skipped} skipped")
