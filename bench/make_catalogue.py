"""Generate a synthetic catalogue of N launches for the scale benchmark (not real events).

Usage: python bench/make_catalogue.py 1000 bench/out/catalogue-1000.csv
"""

from __future__ import annotations

import csv
import random
import sys

SITES = ["Sohae", "Tonghae", "Sunan", "Sinpo", "Panghyon Airport", "Wonsan Kalma Airport"]
DIRECTIONS = ["E", "ENE", "ESE", "SE", "S", "SSE", "NE"]
ALERTS = ["", "", "", "Okinawa", "Hokkaido;Aomori", "Tokyo islands (Izu and Ogasawara)"]


#: Days of the month a synthetic row may fall on: none of them is the day of a real launch
#: kept as an independent check of the product, so no synthetic row carries such a date.
DAYS = (2, 6, 10, 14, 18, 22, 26)


def main(n: int, out: str) -> None:
    rng = random.Random(20231121)  # fixed seed: the same catalogue every run
    with open(out, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["date", "site", "direction", "range_km", "alerts", "source", "id"])
        for i in range(n):
            year = 1998 + i * 28 // n
            date = f"{year}-{rng.randint(1, 12):02d}-{rng.choice(DAYS):02d}"
            writer.writerow(
                [
                    date,
                    rng.choice(SITES),
                    rng.choice(DIRECTIONS),
                    rng.randint(200, 4500),
                    rng.choice(ALERTS),
                    "synthetic benchmark row",
                    f"synthetic-{i:04d}",
                ]
            )


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
