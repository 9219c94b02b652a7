namespace ComplianceBot.Bot.Channel.Outbound;

/// <summary>
/// At most <c>limit</c> requests per key in any window of <c>window</c> length, as the receiver counts
/// them (decision 075). A request holds its slot from the moment it is let through until one window
/// after its answer came back: its arrival at the receiver lies between the two, so no window of the
/// receiver can hold more than <c>limit</c> of them, whatever the network delay. Waiters are served
/// first come, first served; a timer wakes them when the oldest slot expires, and a late timer frees
/// every slot that expired meanwhile, so lateness does not add up.
/// </summary>
internal sealed class SlidingWindowLimiter : IDisposable
{
    private readonly int limit;
    private readonly int queueLimit;
    private readonly long windowTicks;
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private readonly Dictionary<string, Window> windows = new(StringComparer.Ordinal);
    private int sweepAt = 1024;

    public SlidingWindowLimiter(int limit, TimeSpan window, int queueLimit, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(time);
        this.limit = limit;
        this.queueLimit = queueLimit;
        this.time = time;
        windowTicks = (long)Math.Ceiling(window.TotalSeconds * time.TimestampFrequency);
    }

    /// <summary>Waits for a slot; <c>null</c> when <c>queueLimit</c> requests for this key are already waiting.</summary>
    public ValueTask<IDisposable?> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Waiter waiter;
        lock (gate)
        {
            var window = Get(key);
            window.Purge(time.GetTimestamp(), windowTicks);
            if (window.Waiters.Count == 0 && window.Occupied < limit)
            {
                window.Outstanding++;
                return ValueTask.FromResult<IDisposable?>(new Lease(this, window));
            }

            if (window.Waiters.Count >= queueLimit)
            {
                return ValueTask.FromResult<IDisposable?>(null);
            }

            waiter = new Waiter(this, window);
            window.Waiters.AddLast(waiter.Node);
            Arm(window);
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.UnsafeRegister(static (state, token) => ((Waiter)state!).Cancel(token), waiter);
        }

        return new ValueTask<IDisposable?>(waiter.Granted.Task);
    }

    public void Dispose()
    {
        lock (gate)
        {
            foreach (var window in windows.Values)
            {
                window.Timer?.Dispose();
            }

            windows.Clear();
        }
    }

    private Window Get(string key)
    {
        if (windows.TryGetValue(key, out var window))
        {
            return window;
        }

        if (windows.Count >= sweepAt)
        {
            Sweep();
        }

        window = new Window(this);
        windows.Add(key, window);
        return window;
    }

    /// <summary>Forgets keys with nothing in their window (one message per person in a campaign leaves many).</summary>
    private void Sweep()
    {
        var now = time.GetTimestamp();
        foreach (var (key, window) in windows.ToList())
        {
            window.Purge(now, windowTicks);
            if (window.Occupied == 0 && window.Waiters.Count == 0)
            {
                window.Timer?.Dispose();
                windows.Remove(key);
            }
        }

        sweepAt = Math.Max(1024, windows.Count * 2);
    }

    /// <summary>Sets the window's timer to the expiry of its oldest slot; with none released yet, a release arms it.</summary>
    private void Arm(Window window)
    {
        if (window.Released.Count == 0)
        {
            return;
        }

        var due = window.Released.Peek() + windowTicks - time.GetTimestamp();
        var dueTime = due <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds((double)due / time.TimestampFrequency);
        window.Timer ??= time.CreateTimer(static state => ((Window)state!).Limiter.OnTimer((Window)state!), window, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        window.Timer.Change(dueTime, Timeout.InfiniteTimeSpan);
    }

    private void Release(Window window)
    {
        lock (gate)
        {
            window.Outstanding--;
            window.Released.Enqueue(time.GetTimestamp());
            if (window.Waiters.Count > 0)
            {
                Arm(window);
            }
        }
    }

    private void OnTimer(Window window)
    {
        List<Waiter> granted = [];
        lock (gate)
        {
            window.Purge(time.GetTimestamp(), windowTicks);
            while (window.Waiters.First is { } first && window.Occupied < limit)
            {
                window.Waiters.RemoveFirst();
                window.Outstanding++;
                granted.Add(first.Value);
            }

            if (window.Waiters.Count > 0)
            {
                Arm(window);
            }
        }

        foreach (var waiter in granted)
        {
            waiter.Registration.Dispose();
            if (!waiter.Granted.TrySetResult(new Lease(this, waiter.Window)))
            {
                Release(waiter.Window);
            }
        }
    }

    private void Cancel(Waiter waiter, CancellationToken token)
    {
        lock (gate)
        {
            if (waiter.Node.List is null)
            {
                return; // already granted
            }

            waiter.Window.Waiters.Remove(waiter.Node);
        }

        waiter.Granted.TrySetCanceled(token);
    }

    private sealed class Waiter
    {
        public Waiter(SlidingWindowLimiter limiter, Window window)
        {
            Limiter = limiter;
            Window = window;
            Node = new LinkedListNode<Waiter>(this);
        }

        public SlidingWindowLimiter Limiter { get; }

        public Window Window { get; }

        public LinkedListNode<Waiter> Node { get; }

        public TaskCompletionSource<IDisposable?> Granted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenRegistration Registration { get; set; }

        public void Cancel(CancellationToken token) => Limiter.Cancel(this, token);
    }

    /// <summary>Frees its slot once, on dispose: the slot stays taken for one more window from then.</summary>
    private sealed class Lease(SlidingWindowLimiter limiter, Window window) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                limiter.Release(window);
            }
        }
    }

    private sealed class Window(SlidingWindowLimiter limiter)
    {
        public SlidingWindowLimiter Limiter { get; } = limiter;

        public Queue<long> Released { get; } = new();

        public LinkedList<Waiter> Waiters { get; } = new();

        public int Outstanding { get; set; }

        public ITimer? Timer { get; set; }

        public int Occupied => Outstanding + Released.Count;

        public void Purge(long now, long windowTicks)
        {
            while (Released.Count > 0 && now - Released.Peek() >= windowTicks)
            {
                Released.Dequeue();
            }
        }
    }
}
