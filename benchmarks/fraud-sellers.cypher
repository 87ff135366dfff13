MATCH (c:Company) WHERE c.firstDigits IS NOT NULL AND reduce(n = 0, x IN c.firstDigits | n + x) >= 100 RETURN c.uscc AS seller ORDER BY seller
