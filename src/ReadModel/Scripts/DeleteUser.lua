-- ARGV: root, user id, version. A tombstone keeps the version; the tokens stop working.
local root, uid, version = ARGV[1], ARGV[2], ARGV[3]
local user_key = key_user(root, uid)
local stored = redis.call('HGET', user_key, 'v')
if not is_newer(version, stored) then return 0 end
redis.call('DEL', user_key, key_user_tokens(root, uid))
redis.call('HSET', user_key, 'v', version, 'del', '1')
return 1
