"""Vietnamese scale words after digits, read where a text's language is `vi` (numbers.py, tests/test_newuser_48.py)."""

# Scales after digits ("48,5 tỷ đồng", "85 triệu", "12 nghìn hộ"); "tỉ" is the older spelling of "tỷ", and "nghìn tỷ"
# (a thousand billion) is 10^12. Unread, "48,5 triệu đồng" cited "48,5 tỷ đồng" (numbers.py reads them).
SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9,
          "nghìn tỷ": 10**12, "ngàn tỷ": 10**12, "nghìn tỉ": 10**12, "ngàn tỉ": 10**12}
