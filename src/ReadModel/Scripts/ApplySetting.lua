-- KEYS: setting hash. ARGV: version, has value (1|0), value. A null value leaves no 'val' field.
local stored = redis.call('HGET', KEYS[1], 'v')
if not is_newer(ARGV[1], stored) then return 0 end
redis.call('DEL', KEYS[1])
if ARGV[2] == '1' then
  redis.call('HSET', KEYS[1], 'v', ARGV[1], 'val', ARGV[3])
else
  redis.call('HSET', KEYS[1], 'v', ARGV[1])
end
return 1
