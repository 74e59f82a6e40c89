-- ARGV: root, setting id, version, has value (1|0), value. A null value leaves no 'val' field.
local key = key_setting(ARGV[1], ARGV[2])
local stored = redis.call('HGET', key, 'v')
if not is_newer(ARGV[3], stored) then return 0 end
redis.call('DEL', key)
if ARGV[4] == '1' then
  redis.call('HSET', key, 'v', ARGV[3], 'val', ARGV[5])
else
  redis.call('HSET', key, 'v', ARGV[3])
end
return 1
