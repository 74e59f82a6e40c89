-- scripts/faults.sh's load: auth.lua's headers, and a tally of the statuses and of each distinct 200 body, written
-- to $FAULTS_WRK_OUT when wrk ends (the fault suite compares those bodies with the fault-free answer).
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "auth.lua")

local threads = {}
function setup(thread) table.insert(threads, thread) end

function init(args)
  statuses, bodies, distinct = {}, {}, 0
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 200 then
    if bodies[body] == nil then
      -- A bound on memory: partial answers under a fault could be many different bodies.
      if distinct >= 1000 then body = "(more distinct bodies)" else distinct = distinct + 1 end
    end
    bodies[body] = (bodies[body] or 0) + 1
  end
end

function done(summary, latency, requests)
  local out = assert(io.open(os.getenv("FAULTS_WRK_OUT"), "w"))
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do out:write("status\t", status, "\t", count, "\n") end
    for body, count in pairs(thread:get("bodies")) do
      out:write("body200\t", count, "\t", (body:gsub("\n", "\\n")), "\n")
    end
  end
  out:close()
end
