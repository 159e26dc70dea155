using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ThongSuot.Shared;

namespace ThongSuot.Tests.Shared;

/// <summary>
/// The scanners' loop on a fake clock: a pass runs when the clock moves past a tick, and only then. Every test stops the
/// loop and waits for it to end before counting, so "exactly" is exact: nothing can run after the count.
/// </summary>
public sealed class PeriodicWorkTests : IDisposable
{
    private const int Seconds = 30;
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(Seconds);
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2027, 2, 6, 3, 0, 0, TimeSpan.Zero));
    private readonly Channel<DateTimeOffset> passes = Channel.CreateUnbounded<DateTimeOffset>();
    private readonly ListLogger log = new();
    private readonly CancellationTokenSource stopping = new();

    [Fact]
    public async Task OnePeriodRunsExactlyOnePass()
    {
        var loop = Run(Pass);

        clock.Advance(Period - TimeSpan.FromSeconds(1));
        clock.Advance(TimeSpan.FromSeconds(1));
        var seen = await NextPassAsync();

        await StopAsync(loop);
        Assert.Equal(clock.Start + Period, seen);
        Assert.False(passes.Reader.TryRead(out _), "one period, one pass");
        Assert.Empty(log.Errors);
    }

    [Fact]
    public async Task TwoPeriodsRunTwoPassesEachAtItsTick()
    {
        var loop = Run(Pass);

        clock.Advance(Period);
        var first = await NextPassAsync();
        clock.Advance(Period);
        var second = await NextPassAsync();

        await StopAsync(loop);
        Assert.Equal([clock.Start + Period, clock.Start + 2 * Period], [first, second]);
        Assert.False(passes.Reader.TryRead(out _), "two periods, two passes");
    }

    [Fact]
    public async Task AFailedPassIsLoggedAndTheNextTickRunsAgain()
    {
        var calls = 0;
        var failing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loop = Run(async ct =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                failing.TrySetResult();
                throw new InvalidOperationException("Lần quét thử bị lỗi.");
            }
            await Pass(ct);
        });

        clock.Advance(Period);
        await failing.Task.WaitAsync(Bound);
        clock.Advance(Period);
        var seen = await NextPassAsync();

        await StopAsync(loop);
        Assert.Equal(clock.Start + 2 * Period, seen);
        Assert.Equal(2, calls);
        var error = Assert.Single(log.Errors);
        Assert.Equal("Thử quét failed; retrying on the next tick.", error.Message);
        Assert.IsType<InvalidOperationException>(error.Exception);
    }

    [Fact]
    public async Task CancellationEndsTheLoopQuietlyAndTheClockRunsNothingAfterwards()
    {
        var loop = Run(Pass);
        clock.Advance(Period);
        await NextPassAsync();

        await StopAsync(loop);
        clock.Advance(10 * Period);

        Assert.True(loop.IsCompletedSuccessfully);
        Assert.False(passes.Reader.TryRead(out _));
        Assert.Empty(log.Errors);
    }

    [Fact]
    public async Task CancellationDuringAPassEndsTheLoopWithoutLoggingAFailure()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loop = Run(async ct =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
        });
        clock.Advance(Period);
        await started.Task.WaitAsync(Bound);

        await StopAsync(loop);

        Assert.True(loop.IsCompletedSuccessfully);
        Assert.Empty(log.Errors);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task APeriodOfZeroOrLessTurnsTheLoopOff(int seconds)
    {
        var loop = PeriodicWork.RunAsync(seconds, clock, Pass, log, "Thử quét", stopping.Token);

        Assert.True(loop.IsCompletedSuccessfully);
        clock.Advance(10 * Period);
        await loop;
        Assert.False(passes.Reader.TryRead(out _));
    }

    private Task Run(Func<CancellationToken, Task> pass) => PeriodicWork.RunAsync(Seconds, clock, pass, log, "Thử quét", stopping.Token);

    private Task Pass(CancellationToken ct) => passes.Writer.WriteAsync(clock.GetUtcNow(), ct).AsTask();

    private async Task<DateTimeOffset> NextPassAsync() => await passes.Reader.ReadAsync().AsTask().WaitAsync(Bound);

    private async Task StopAsync(Task loop)
    {
        await stopping.CancelAsync();
        await loop.WaitAsync(Bound);
    }

    public void Dispose() => stopping.Dispose();

    private sealed class ListLogger : ILogger
    {
        private readonly List<(string Message, Exception? Exception)> errors = [];

        public IReadOnlyList<(string Message, Exception? Exception)> Errors { get { lock (errors) return errors.ToList(); } }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error) lock (errors) errors.Add((formatter(state, exception), exception));
        }
    }
}
