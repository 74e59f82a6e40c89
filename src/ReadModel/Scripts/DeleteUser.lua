-- KEYS: user hash, token set. ARGV: version. A tombstone keeps the version; the tokens stop working.
local stored = redis.call('HGET', KEYS[1], 'v')
if not is_newer(ARGV[1], stored) then return 0 end
redis.call('DEL', KEYS[1], KEYS[2])
redis.call('HSET', KEYS[1], 'v', ARGV[1], 'del', '1')
return 1
