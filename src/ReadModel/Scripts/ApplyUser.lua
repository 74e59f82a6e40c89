-- KEYS: user hash, token set. ARGV: version, roles (newline-joined, '' = none), utcOffset ('' = absent), tokens...
-- The hash and the token set are replaced together.
local stored = redis.call('HGET', KEYS[1], 'v')
if not is_newer(ARGV[1], stored) then return 0 end
redis.call('DEL', KEYS[1], KEYS[2])
local flat = { 'v', ARGV[1] }
if ARGV[2] ~= '' then
  flat[#flat + 1] = 'roles'
  flat[#flat + 1] = ARGV[2]
end
if ARGV[3] ~= '' then
  flat[#flat + 1] = 'off'
  flat[#flat + 1] = ARGV[3]
end
redis.call('HSET', KEYS[1], unpack(flat))
if #ARGV > 3 then redis.call('SADD', KEYS[2], unpack(ARGV, 4)) end
return 1
