using MongoDB.Bson;
using OmniCharts.Reference.Workspace;

namespace OmniCharts.UnitTests.Reference.Workspace;

/// <summary>What every played workspace keeps, however its script was cut.</summary>
internal static class WriteInvariants
{
    public static void Hold(SimulatedWorkspace workspace)
    {
        var last = long.MinValue;
        var lastWrite = new Dictionary<(string, string), long>();
        var current = new Dictionary<(string, string), BsonDocument>();
        foreach (var write in workspace.Writes)
        {
            var key = (write.Collection, write.Id);
            // Messages are built only on failure: formatting every write would cost more than the checks.
            if (write.WallTime < last)
                Assert.Fail($"the clock went back at {write}");
            if (lastWrite.TryGetValue(key, out var previous) && previous == write.WallTime)
                Assert.Fail($"two writes in one millisecond: {write}");
            if (!ReferenceEquals(current.GetValueOrDefault(key), write.Before))
                Assert.Fail($"the document before is not the one the log left: {write}");
            if (write.After is { } after)
            {
                var stamped = after.GetValue("_updatedAt", BsonNull.Value) is BsonDateTime updatedAt && updatedAt.MillisecondsSinceEpoch == write.WallTime;
                if (!stamped && !(write.Kind == WriteKind.Insert && !after.Contains("_updatedAt")))
                    Assert.Fail($"_updatedAt is not the write's time: {write}");
                current[key] = after;
            }
            else
            {
                current.Remove(key);
            }
            last = write.WallTime;
            lastWrite[key] = write.WallTime;
        }
    }
}
