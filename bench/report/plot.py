"""The latency-against-range-length plot: matplotlib when installed, else gnuplot (Debian's gnuplot-nox)."""
import os
import shutil
import subprocess

RANGES = [1, 7, 31, 90, 180, 365, 730]


def _series(data):
    conn = int(data["queries"].get("plot_connections", 16))
    series = {}
    for system in ("api", "baseline", "db"):
        for pct in ("p50", "p99"):
            points = [(r, (data["wrk"].get((system, r, "all", conn)) or {}).get(pct)) for r in RANGES]
            series[(system, pct)] = [(r, v) for r, v in points if v]
    return conn, series


def latency_vs_range(data, png):
    conn, series = _series(data)
    if not any(series.values()):
        return False
    title = f"{data['queries'].get('chart', '')}, all rooms, {conn} connections, {data['dataset'].get('livechat_rooms', '?')} rooms"
    names = {("api", "p50"): "OmniCharts p50", ("api", "p99"): "OmniCharts p99",
             ("baseline", "p50"): "baseline p50", ("baseline", "p99"): "baseline p99",
             ("db", "p50"): "database baseline p50", ("db", "p99"): "database baseline p99"}
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        fig, ax = plt.subplots(figsize=(8, 5))
        for key, points in series.items():
            ax.plot([p[0] for p in points], [p[1] for p in points], marker="o", label=names[key],
                    linestyle="-" if key[1] == "p50" else "--")
        ax.set_xscale("log"); ax.set_yscale("log")
        ax.set_xlabel("range length (days; 1 = hourly)"); ax.set_ylabel("latency (ms)")
        ax.set_title(title); ax.grid(True, which="both", alpha=0.3); ax.legend()
        fig.savefig(png, dpi=110, bbox_inches="tight")
        return True
    except ImportError:
        pass
    if not shutil.which("gnuplot"):
        return False
    base = os.path.splitext(png)[0]
    plots = []
    for i, (key, points) in enumerate(series.items()):
        path = f"{base}-{key[0]}-{key[1]}.dat"
        with open(path, "w") as out:
            out.writelines(f"{r} {v}\n" for r, v in points)
        dash = 1 if key[1] == "p50" else 2
        plots.append(f"'{path}' using 1:2 with linespoints dt {dash} lw 2 pt 7 title '{names[key]}'")
    script = "\n".join([
        "set terminal pngcairo size 900,560 noenhanced", f"set output '{png}'", f"set title \"{title}\"",
        "set logscale xy", "set grid", "set key top left",
        "set xlabel 'range length (days; 1 = hourly)'", "set ylabel 'latency (ms)'",
        "set xtics (1, 7, 31, 90, 180, 365, 730)",
        "plot " + ", ".join(plots),
    ])
    subprocess.run(["gnuplot"], input=script, text=True, check=True)
    for key in series:
        os.remove(f"{base}-{key[0]}-{key[1]}.dat")
    return True
