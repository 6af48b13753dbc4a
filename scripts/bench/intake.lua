-- wrk script for the intake benchmark: every request a new case with its own Idempotency-Key.
local counter = 0
local failures = 0
local places = { "杏坪镇南沟村", "澄源街道桃园社区", "桑峪镇大峪村", "锦河街道滨河社区", "白岭镇王家村" }

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
end

function request()
  counter = counter + 1
  local place = places[(counter % #places) + 1]
  local key = string.format("wrk-%d-%d-%d", os.time(), math.random(1, 1000000000), counter)
  local body = string.format('{"description":"%s路灯不亮，晚上出行不安全（%d）","address":"%s","anonymous":true}', place, counter, place)
  return wrk.format("POST", "/api/v1/public/cases", { ["content-type"] = "application/json", ["idempotency-key"] = key }, body)
end

function response(status, headers, body)
  if status ~= 201 then
    failures = failures + 1
    if failures <= 3 then io.stderr:write("intake answered " .. status .. ": " .. body .. "\n") end
  end
end

function done(summary, latency, requests)
  io.write(string.format('WRK_RESULT {"requests":%d,"seconds":%.3f,"p50_ms":%.2f,"p99_ms":%.2f,"non_2xx":%d,"socket_errors":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    (summary.errors.status or 0), (summary.errors.connect or 0) + (summary.errors.read or 0) + (summary.errors.write or 0) + (summary.errors.timeout or 0)))
end
