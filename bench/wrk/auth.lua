-- Every request carries the bundled demo manager's credentials (the generator writes this user and token).
wrk.headers["X-User-Id"] = os.getenv("BENCH_USER_ID") or "demo-manager"
wrk.headers["X-Auth-Token"] = os.getenv("BENCH_AUTH_TOKEN") or "demo-manager-token"
