-- ARGV: root, rid, version, l (1|0), ts, day (yyyy-MM-dd), slot (SS), dep, cd, ft, ra, rt ('' = absent).
-- Returns 1 when applied, 0 when the stored version is equal or newer.
local root, rid, version = ARGV[1], ARGV[2], ARGV[3]
local room_key = key_room(root, rid)
local old = read_hash(room_key)
if not is_newer(version, old.v) then return 0 end

if is_live(old) then contribute(root, rid, old, -1) end

-- n belongs to the messages, not to the room document: it survives every room change.
local new = { v = version, l = ARGV[4], ts = ARGV[5], day = ARGV[6], slot = ARGV[7], n = old.n }
local optional = { 'dep', 'cd', 'ft', 'ra', 'rt' }
for i, name in ipairs(optional) do
  if ARGV[7 + i] ~= '' then new[name] = ARGV[7 + i] end
end

redis.call('HDEL', room_key, unpack(ROOM_STATE_FIELDS))
local flat = {}
for _, field in ipairs(ROOM_STATE_FIELDS) do
  if new[field] then
    flat[#flat + 1] = field
    flat[#flat + 1] = new[field]
  end
end
redis.call('HSET', room_key, unpack(flat))

if is_live(new) then contribute(root, rid, new, 1) end
return 1
