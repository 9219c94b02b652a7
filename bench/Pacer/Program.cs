using ComplianceBot.Bench.Pacer;

// Open-loop load at a fixed rate (what wrk2 does): latency is measured from when each request
// was due, not when it was sent, so a stalled server cannot hide its queueing (coordinated omission).
// Usage: Pacer <url> <requests/s> <seconds> <bearer token>
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: Pacer <url> <requests-per-second> <seconds> <token>");
    return 2;
}

var result = PacedRun.Run(new Uri(args[0]), int.Parse(args[1]), int.Parse(args[2]), args[3]);
Console.WriteLine(result);
return result.Errors == 0 ? 0 : 1;
