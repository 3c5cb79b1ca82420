# The synthetic venues of bin/fill-checkins, shared with bin/trace-outbreak (source this file).
# Venue n (0 ≤ n < V) has a valid venue code (FORMATS.md §2, vn.qrqg.codec.venue.VenueCode): 8
# characters of Crockford's base32 from a 40-bit bijection of n, then the Luhn mod 32 check
# character (the rightmost payload character doubled, the "digits" of each addend in base 32 summed).
# fill_venue_codes V [FIRST]: SQL of the rows (n, code) for venues FIRST (default 0) to V − 1.
fill_venue_codes() {
  local venues=$1 first=${2:-0}
  echo "
  select n, string_agg(substr(alphabet, v + 1, 1), '' order by i)
         || substr(alphabet, (32 - sum(f * v / 32 + f * v % 32) % 32)::int % 32 + 1, 1) as code
  from (select '0123456789ABCDEFGHJKMNPQRSTVWXYZ' as alphabet) a,
       generate_series($first, $venues - 1) n,
       lateral (select i, ((((n * 679642347903 + 716978581457) & 1099511627775) >> (35 - 5 * i)) & 31)::int as v,
                       case when i % 2 = 1 then 2 else 1 end as f
                from generate_series(0, 7) i) c
  group by n, alphabet"
}
