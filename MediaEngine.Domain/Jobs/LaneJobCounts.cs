namespace MediaEngine.Domain.Jobs;

/// <summary>How many production jobs of one lane are running and waiting right now.</summary>
public sealed record LaneJobCounts(string Lane, int Running, int Queued);
