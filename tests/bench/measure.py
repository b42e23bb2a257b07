"""Timing and peak memory of one whole process, shared by the benchmark scripts.

Wall and CPU time come from wait4 on the command itself, so no wrapper's start-up is
counted. Peak memory comes from one run under /usr/bin/time, whose own small process is
the parent: a child forked from Python would count the Python process's pages too (a
benchmark holding a generated graph in memory would report its size for every command).
"""

import os
import subprocess
import tempfile
import time


def run_timed(cmd):
    """Runs `cmd` to completion; returns (wall s, cpu s, stdout bytes)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(cmd)} failed: {err.read().decode()[:500]}")
        out.seek(0)
        return wall, usage.ru_utime + usage.ru_stime, out.read()


def peak_mib(cmd):
    """Peak resident memory of `cmd`, in MiB."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        proc = subprocess.run(["/usr/bin/time", "-o", tf.name, "-f", "%M", *cmd],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): "
                               f"{proc.stderr.decode()[:500]}")
        return int(tf.read().split()[-1]) / 1024.0
