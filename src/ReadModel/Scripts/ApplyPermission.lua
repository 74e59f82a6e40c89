-- ARGV: root, permission id, version, roles (newline-joined, '' = none).
local key = key_permission(ARGV[1], ARGV[2])
local stored = redis.call('HGET', key, 'v')
if not is_newer(ARGV[3], stored) then return 0 end
redis.call('DEL', key)
if ARGV[4] == '' then
  redis.call('HSET', key, 'v', ARGV[3])
else
  redis.call('HSET', key, 'v', ARGV[3], 'roles', ARGV[4])
end
return 1
