-- wrk script: GET /api/v1/companies/{uscc}/risk for codes drawn (seeded) from the file named by $CODES.
local codes = {}
for line in io.lines(os.getenv("CODES")) do codes[#codes + 1] = line end
math.randomseed(42)
request = function()
  return wrk.format("GET", "/api/v1/companies/" .. codes[math.random(#codes)] .. "/risk")
end
