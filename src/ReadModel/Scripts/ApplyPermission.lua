-- KEYS: permission hash. ARGV: version, roles (newline-joined, '' = none).
local stored = redis.call('HGET', KEYS[1], 'v')
if not is_newer(ARGV[1], stored) then return 0 end
redis.call('DEL', KEYS[1])
if ARGV[2] == '' then
  redis.call('HSET', KEYS[1], 'v', ARGV[1])
else
  redis.call('HSET', KEYS[1], 'v', ARGV[1], 'roles', ARGV[2])
end
return 1
