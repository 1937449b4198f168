-- wrk script: cycles through judged-set style queries so every request runs a real search (no two in a row alike).
-- Usage: wrk -t2 -c32 -d60s --latency -s docs/wrk/search.lua 'http://127.0.0.1:7171/api/v1/search?mode=hybrid'
local queries = {
  "fairness+in+dermatology", "shortcut+learning", "chest+x-ray+labels", "annotation+quality",
  "environmental+cost+of+training+models", "multimodal+datasets", "benchmark+saturation", "skin+lesion",
  "bias+in+medical+imaging", "data+documentation", "federated+learning", "synthetic+data",
}
local i = 0
request = function()
  i = i + 1
  local path = wrk.path .. (wrk.path:find("?", 1, true) and "&" or "?") .. "q=" .. queries[(i % #queries) + 1]
  return wrk.format("GET", path)
end
