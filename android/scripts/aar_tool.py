#!/usr/bin/env python3
"""aar_tool.py - resources, AAR packaging and a local Maven repository, without the Android SDK.

python3 standard library plus Debian's aapt2 (package `aapt`) and framework-res.apk (package
`android-framework-res`) for the resource step. Subcommands:

  link     --aapt2 BIN --framework APK --res DIR --manifest F --package P --min-sdk N --out DIR
           aapt2 compile + link of res/ and the manifest against the real framework resources:
           fails on a bad resource, an unknown attribute or a dangling @string/@xml reference.
           Writes DIR/R.txt (the AAR's symbol table) and DIR/gen/<P>/R.java (non-final ids, as
           for any library) for compiling the sources.
  assemble --manifest F --classes DIR --res DIR --rtxt F --proguard F --package P --min-sdk N
           [--jni DIR] --out X.aar
  check    X.aar [--abis a,b,...] [--forbid NAME ...]   the AAR's layout; --forbid fails if the
           manifest names that permission / component (the lean bank artifact's promise)
  maven    --repo DIR --group G --artifact A --version V --aar F [--dep G:A:V ...]
           lays out DIR/G/A/V/A-V.aar + .pom (+ .sha1/.md5) and DIR/G/A/maven-metadata.xml
  check-maven --repo DIR --group G --artifact A --version V [--dep G:A:V ...]
  lines    --max N FILE...   counts a sample's integration lines (between `// scamguard:begin`
           and `// scamguard:end`; no blank lines, comments, imports, lone annotations or
           brackets) in all FILEs together and fails above N
"""
import argparse
import hashlib
import io
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

ANDROID_NS = "{http://schemas.android.com/apk/res/android}"
AAR_METADATA = "META-INF/com/android/build/gradle/aar-metadata.properties"
# What AGP writes by default (AarMetadata DSL): the consumer needs no newer compileSdk or AGP.
AAR_METADATA_TEXT = ("aarFormatVersion=1.0\naarMetadataVersion=1.0\nminCompileSdk=1\n"
                     "minCompileSdkExtension=0\nminAndroidGradlePluginVersion=1.0.0\n")
# Debian's aapt2 is from Android 10 (API 29) and does not know <queries> (API 30); it is a
# legitimate element, so that one warning is expected and not shown.
EXPECTED_WARNING = re.compile(r"warn: unexpected element <queries> found in <manifest>")


def aar_manifest(src, package, min_sdk):
    """The library manifest as AGP writes it into an AAR: package attribute and <uses-sdk>."""
    text = open(src, encoding="utf-8").read()
    text = re.sub(r"<manifest\b", '<manifest package="%s"' % package, text, count=1)
    text = re.sub(r"(<manifest\b[^>]*>)",
                  r'\1\n    <uses-sdk android:minSdkVersion="%d" />' % min_sdk, text, count=1)
    ET.fromstring(text.encode("utf-8"))   # still well formed
    return text


def run_quiet(cmd):
    """Runs cmd; returns (rc, output lines that are not the expected warning)."""
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = [l for l in p.stdout.splitlines() if l.strip() and not EXPECTED_WARNING.search(l)]
    return p.returncode, lines


def cmd_link(a):
    os.makedirs(a.out, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        flat = os.path.join(tmp, "res.zip")
        rc, out = run_quiet([a.aapt2, "compile", "--dir", a.res, "-o", flat])
        for l in out:
            print("aapt2 compile: " + l, file=sys.stderr)
        if rc != 0:
            return 1
        manifest = os.path.join(tmp, "AndroidManifest.xml")
        with open(manifest, "w", encoding="utf-8") as f:
            f.write(aar_manifest(a.manifest, a.package, a.min_sdk))
        gen = os.path.join(a.out, "gen")
        cmd = [a.aapt2, "link", "-I", a.framework, "--manifest", manifest,
               "--min-sdk-version", str(a.min_sdk), "--target-sdk-version", str(a.target_sdk),
               "--non-final-ids", "--warn-manifest-validation", "--java", gen,
               "--output-text-symbols", os.path.join(a.out, "R.txt"),
               "-o", os.path.join(tmp, "linked.apk"), flat]
        rc, out = run_quiet(cmd)
        for l in out:
            print("aapt2 link: " + l, file=sys.stderr)
        if rc != 0 or out:
            # a warning other than the expected one is an error here: CI output must read clean
            return 1
    n = sum(1 for _ in open(os.path.join(a.out, "R.txt")))
    print("aapt2: linked %s (%s) against %s: %d symbols" % (a.res, os.path.basename(a.manifest),
                                                            os.path.basename(a.framework), n))
    return 0


def cmd_assemble(a):
    jar = io.BytesIO()
    pkg_dir = a.package.replace(".", "/") + "/"
    with zipfile.ZipFile(jar, "w", zipfile.ZIP_DEFLATED) as j:
        j.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nCreated-By: scamguard aar_tool.py\r\n\r\n")
        for root, _, files in sorted(os.walk(a.classes)):
            for f in sorted(files):
                if not f.endswith(".class"):
                    continue
                rel = os.path.relpath(os.path.join(root, f), a.classes).replace(os.sep, "/")
                # the R classes are regenerated by the app's build (its own ids)
                if rel.startswith(pkg_dir) and re.match(r"R(\$\w+)?\.class$", rel[len(pkg_dir):]):
                    continue
                j.write(os.path.join(root, f), rel)
    with zipfile.ZipFile(a.out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("AndroidManifest.xml", aar_manifest(a.manifest, a.package, a.min_sdk))
        z.writestr("classes.jar", jar.getvalue())
        z.writestr(AAR_METADATA, AAR_METADATA_TEXT)
        z.write(a.proguard, "proguard.txt")
        z.write(a.rtxt, "R.txt")
        for root, _, files in sorted(os.walk(a.res)):
            for f in sorted(files):
                p = os.path.join(root, f)
                z.write(p, "res/" + os.path.relpath(p, a.res).replace(os.sep, "/"))
        if a.jni:
            for abi in sorted(os.listdir(a.jni)):
                so = os.path.join(a.jni, abi, "libscamguard.so")
                if os.path.isfile(so):
                    z.write(so, "jni/%s/libscamguard.so" % abi, compress_type=zipfile.ZIP_DEFLATED)
    print("aar: wrote %s (%d bytes)" % (a.out, os.path.getsize(a.out)))
    return 0


def manifest_names(root):
    """Every android:name in the manifest (permissions, components, actions)."""
    return {e.get(ANDROID_NS + "name") for e in root.iter() if e.get(ANDROID_NS + "name")}


def cmd_check(a):
    errors = []
    with zipfile.ZipFile(a.aar) as z:
        names = set(z.namelist())
        for req in ("AndroidManifest.xml", "classes.jar", "proguard.txt", "R.txt", AAR_METADATA):
            if req not in names:
                errors.append("missing %s" % req)
        if not any(n.startswith("res/") for n in names):
            errors.append("missing res/")
        if AAR_METADATA in names:
            props = dict(l.split("=", 1) for l in z.read(AAR_METADATA).decode().splitlines() if "=" in l)
            for k in ("aarFormatVersion", "aarMetadataVersion", "minCompileSdk"):
                if k not in props:
                    errors.append("%s lacks %s" % (AAR_METADATA, k))
        for abi in filter(None, a.abis.split(",")):
            n = "jni/%s/libscamguard.so" % abi
            if n not in names:
                errors.append("missing %s" % n)
            elif z.getinfo(n).file_size == 0:
                errors.append("empty %s" % n)
        if "AndroidManifest.xml" in names:
            m = ET.fromstring(z.read("AndroidManifest.xml"))
            if not m.get("package"):
                errors.append("AndroidManifest.xml has no package attribute")
            declared = manifest_names(m)
            for f in a.forbid or []:
                if f in declared:
                    errors.append("AndroidManifest.xml names %s" % f)
            if "android.permission.QUERY_ALL_PACKAGES" in declared:
                errors.append("AndroidManifest.xml requests QUERY_ALL_PACKAGES")
        if "classes.jar" in names:
            with zipfile.ZipFile(io.BytesIO(z.read("classes.jar"))) as j:
                classes = [n for n in j.namelist() if n.endswith(".class")]
                for need in a.need or []:
                    if need.replace(".", "/") + ".class" not in classes:
                        errors.append("classes.jar lacks %s" % need)
                if any(re.search(r"/R(\$\w+)?\.class$", c) for c in classes):
                    errors.append("classes.jar contains R classes")
        if "R.txt" in names:
            for line in z.read("R.txt").decode("utf-8").splitlines():
                if not re.match(r"int(\[\])? \w+ \w+ ", line):
                    errors.append("bad R.txt line: %r" % line)
                    break
    for e in errors:
        print("aar check: FAIL %s: %s" % (a.aar, e), file=sys.stderr)
    if errors:
        return 1
    print("aar check: OK %s (%d entries)" % (a.aar, len(names)))
    return 0


def pom(group, artifact, version, deps):
    d = "".join(
        "    <dependency>\n      <groupId>%s</groupId>\n      <artifactId>%s</artifactId>\n"
        "      <version>%s</version>\n      <type>aar</type>\n      <scope>compile</scope>\n"
        "    </dependency>\n" % tuple(x.split(":")) for x in deps)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<project xmlns="http://maven.apache.org/POM/4.0.0" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">\n'
            "  <modelVersion>4.0.0</modelVersion>\n"
            "  <groupId>%s</groupId>\n  <artifactId>%s</artifactId>\n  <version>%s</version>\n"
            "  <packaging>aar</packaging>\n%s</project>\n"
            % (group, artifact, version, ("  <dependencies>\n%s  </dependencies>\n" % d) if deps else ""))


def write_with_sums(path, data):
    with open(path, "wb") as f:
        f.write(data)
    for algo in ("sha1", "md5"):
        with open(path + "." + algo, "w") as f:
            f.write(hashlib.new(algo, data).hexdigest())


def cmd_maven(a):
    base = os.path.join(a.repo, *a.group.split("."), a.artifact)
    vdir = os.path.join(base, a.version)
    os.makedirs(vdir, exist_ok=True)
    stem = os.path.join(vdir, "%s-%s" % (a.artifact, a.version))
    write_with_sums(stem + ".aar", open(a.aar, "rb").read())
    write_with_sums(stem + ".pom", pom(a.group, a.artifact, a.version, a.dep or []).encode())
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<metadata>\n  <groupId>%s</groupId>\n'
            "  <artifactId>%s</artifactId>\n  <versioning>\n    <latest>%s</latest>\n"
            "    <release>%s</release>\n    <versions>\n      <version>%s</version>\n"
            "    </versions>\n  </versioning>\n</metadata>\n"
            % (a.group, a.artifact, a.version, a.version, a.version))
    write_with_sums(os.path.join(base, "maven-metadata.xml"), meta.encode())
    print("maven: %s:%s:%s in %s" % (a.group, a.artifact, a.version, a.repo))
    return 0


def cmd_check_maven(a):
    errors = []
    stem = os.path.join(a.repo, *a.group.split("."), a.artifact, a.version, "%s-%s" % (a.artifact, a.version))
    for ext in (".aar", ".pom"):
        p = stem + ext
        if not os.path.isfile(p):
            errors.append("missing %s" % p)
            continue
        data = open(p, "rb").read()
        if open(p + ".sha1").read().strip() != hashlib.sha1(data).hexdigest():
            errors.append("bad checksum %s.sha1" % p)
    if os.path.isfile(stem + ".pom"):
        ns = "{http://maven.apache.org/POM/4.0.0}"
        root = ET.parse(stem + ".pom").getroot()
        got = [root.findtext(ns + k) for k in ("groupId", "artifactId", "version", "packaging")]
        if got != [a.group, a.artifact, a.version, "aar"]:
            errors.append("POM coordinates %s" % got)
        deps = ["%s:%s:%s" % tuple(d.findtext(ns + k) for k in ("groupId", "artifactId", "version"))
                for d in root.iter(ns + "dependency")]
        if sorted(deps) != sorted(a.dep or []):
            errors.append("POM dependencies %s, expected %s" % (deps, a.dep or []))
    if os.path.isfile(stem + ".aar") and not zipfile.is_zipfile(stem + ".aar"):
        errors.append("%s.aar is not a zip" % stem)
    for e in errors:
        print("maven check: FAIL %s" % e, file=sys.stderr)
    if errors:
        return 1
    print("maven check: OK %s:%s:%s" % (a.group, a.artifact, a.version))
    return 0


def cmd_lines(a):
    """Integration lines of one sample (all its files together): code between the markers that is
    not blank, a comment, an import, an annotation alone or closing brackets alone."""
    total = 0
    for path in a.files:
        inside, n = False, 0
        for line in open(path, encoding="utf-8"):
            s = line.strip()
            if s.startswith("// scamguard:begin"):
                inside = True
            elif s.startswith("// scamguard:end"):
                inside = False
            elif (inside and s and not s.startswith(("//", "/*", "*", "import "))
                  and not re.fullmatch(r"[})\];]+", s) and not re.fullmatch(r"@\w+", s)):
                n += 1
        print("lines: %s: %d" % (path, n))
        total += n
    print("lines: %d integration lines in all (max %d)" % (total, a.max))
    if total == 0 or total > a.max:
        print("lines: FAIL %d integration lines, must be 1..%d" % (total, a.max), file=sys.stderr)
        return 1
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    s = p.add_subparsers(dest="cmd", required=True)
    r = s.add_parser("link")
    for o in ("aapt2", "framework", "res", "manifest", "package", "out"):
        r.add_argument("--" + o, required=True)
    r.add_argument("--min-sdk", type=int, default=21)
    r.add_argument("--target-sdk", type=int, default=35)
    r = s.add_parser("assemble")
    for o in ("manifest", "classes", "res", "rtxt", "proguard", "package", "out"):
        r.add_argument("--" + o, required=True)
    r.add_argument("--jni")
    r.add_argument("--min-sdk", type=int, default=21)
    r = s.add_parser("check")
    r.add_argument("aar")
    r.add_argument("--abis", default="")
    r.add_argument("--forbid", action="append")
    r.add_argument("--need", action="append", help="a class that classes.jar must hold")
    for name in ("maven", "check-maven"):
        r = s.add_parser(name)
        for o in ("repo", "group", "artifact", "version"):
            r.add_argument("--" + o, required=True)
        r.add_argument("--dep", action="append")
        if name == "maven":
            r.add_argument("--aar", required=True)
    r = s.add_parser("lines")
    r.add_argument("--max", type=int, required=True)
    r.add_argument("files", nargs="+")
    a = p.parse_args()
    return {"link": cmd_link, "assemble": cmd_assemble, "check": cmd_check, "maven": cmd_maven,
            "check-maven": cmd_check_maven, "lines": cmd_lines}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())
