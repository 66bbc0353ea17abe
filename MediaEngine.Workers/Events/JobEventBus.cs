using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace MediaEngine.Workers.Events;

/// <summary>
/// In-process fan-out of job events to whoever watches: a component watching one job, or the lists watching all
/// of them. Handlers run on the publisher's thread and must return quickly (a component marshals to its renderer).
/// </summary>
public sealed class JobEventBus(ILogger<JobEventBus> logger)
{
    private ImmutableList<Subscription> _subscriptions = [];

    /// <summary>Watches one job, or every job when <paramref name="jobId"/> is null. Dispose to stop watching.</summary>
    public IDisposable Subscribe(Guid? jobId, Action<JobEventMessage> handler)
    {
        var subscription = new Subscription(this, jobId, handler);
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Add(subscription));
        return subscription;
    }

    public int SubscriberCount => _subscriptions.Count;

    public void Publish(JobEventMessage message)
    {
        foreach (var subscription in _subscriptions)
        {
            if (subscription.JobId is { } id && id != message.JobId)
            {
                continue;
            }

            try
            {
                subscription.Handler(message);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "A job event handler failed for job {JobId}.", message.JobId);
            }
        }
    }

    private void Remove(Subscription subscription) =>
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Remove(subscription));

    private sealed class Subscription(JobEventBus bus, Guid? jobId, Action<JobEventMessage> handler) : IDisposable
    {
        public Guid? JobId { get; } = jobId;

        public Action<JobEventMessage> Handler { get; } = handler;

        public void Dispose() => bus.Remove(this);
    }
}
