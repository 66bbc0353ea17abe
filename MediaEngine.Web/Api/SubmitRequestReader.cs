using System.Text.Json;
using System.Text.Json.Nodes;
using MediaEngine.Domain.Entities;
using MediaEngine.Workers.Jobs;

namespace MediaEngine.Web.Api;

/// <summary>
/// Reads a <c>POST /jobs</c> body into a <see cref="JobSubmission"/>. What does not read — a priority that is none, an
/// input that is not a list, an asset id that is not an id — becomes a problem of the submission, so the 422 lists it
/// with every other problem instead of the body failing as a whole.
/// </summary>
public static class SubmitRequestReader
{
    public static JobSubmission Read(JobResources.SubmitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<JobProblem>();
        var priority = ReadPriority(request.Priority, problems);
        var inputs = new Dictionary<string, IReadOnlyList<Guid>>(StringComparer.Ordinal);
        foreach (var (name, value) in request.Inputs ?? [])
        {
            inputs[name] = ReadIds(name, value, problems);
        }

        return new JobSubmission(request.Preset ?? string.Empty, inputs, request.Settings, priority, request.Parameters) { RequestProblems = problems };
    }

    private static JobPriority ReadPriority(JsonNode? value, List<JobProblem> problems)
    {
        if (value is null)
        {
            return JobPriority.Normal;
        }

        if (value is JsonValue number && number.GetValueKind() == JsonValueKind.Number && number.TryGetValue<int>(out var code))
        {
            return (JobPriority)code; // an undefined number is refused, naming it, by the submission itself
        }

        if (value is JsonValue text && text.TryGetValue<string>(out var name)
            && !int.TryParse(name, out _) && Enum.TryParse<JobPriority>(name, ignoreCase: true, out var named))
        {
            return named;
        }

        problems.Add(new JobProblem("priority", $"{value.ToJsonString()} is not a priority; use {JobSubmission.PriorityNames}."));
        return JobPriority.Normal;
    }

    private static List<Guid> ReadIds(string input, JsonNode? value, List<JobProblem> problems)
    {
        var field = $"inputs.{input}";
        if (value is not JsonArray items)
        {
            problems.Add(new JobProblem(field, $"The input '{input}' takes a list of asset ids, e.g. [\"{Guid.Empty}\"]; {value?.ToJsonString() ?? "null"} was given."));
            return [];
        }

        var ids = new List<Guid>();
        foreach (var item in items)
        {
            if (item is JsonValue v && v.TryGetValue<string>(out var text) && Guid.TryParse(text, out var id))
            {
                ids.Add(id);
            }
            else
            {
                problems.Add(new JobProblem(field, $"{item?.ToJsonString() ?? "null"} is not an asset id."));
            }
        }

        return ids;
    }
}
