-- ARGV: root, user id, version, roles (newline-joined, '' = none), utcOffset ('' = absent), tokens...
-- The hash and the token set are replaced together.
local root, uid, version = ARGV[1], ARGV[2], ARGV[3]
local user_key, tokens_key = key_user(root, uid), key_user_tokens(root, uid)
local stored = redis.call('HGET', user_key, 'v')
if not is_newer(version, stored) then return 0 end
redis.call('DEL', user_key, tokens_key)
local flat = { 'v', version }
if ARGV[4] ~= '' then
  flat[#flat + 1] = 'roles'
  flat[#flat + 1] = ARGV[4]
end
if ARGV[5] ~= '' then
  flat[#flat + 1] = 'off'
  flat[#flat + 1] = ARGV[5]
end
redis.call('HSET', user_key, unpack(flat))
if #ARGV > 5 then redis.call('SADD', tokens_key, unpack(ARGV, 6)) end
return 1
