using System.Security.Cryptography;
using System.Text;
using MongoDB.Bson;
using OmniCharts.Reference;
using OmniCharts.Reference.Workspace;

namespace OmniCharts.UnitTests.Reference.Workspace;

public class WorkspaceScriptTests
{
    [Fact]
    public void The_same_seed_gives_byte_identical_writes_and_exports()
    {
        static string Fingerprint(SimulatedWorkspace w)
        {
            var text = new StringBuilder(w.Script.Describe());
            foreach (var write in w.Writes)
            {
                text.Append(write).Append(write.After is null ? "" : MongoExport.Line(write.After))
                    .Append(write.RemovedFields is null ? "" : string.Join(',', write.RemovedFields)).Append('\n');
            }
            var export = MongoExport.Full(w.Final);
            foreach (var collection in MongoExport.CollectionNames)
                text.AppendJoin('\n', export.Lines(collection));
            foreach (var change in ChangeStream.Events(w, 0, w.Writes.Count))
                text.Append(change.ToJson());
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }

        var first = Fingerprint(WorkspacePlayer.Play(WorkspaceScript.Generate(11, Workspaces.Tiny)));
        var again = Fingerprint(WorkspacePlayer.Play(WorkspaceScript.Generate(11, Workspaces.Tiny)));
        var other = Fingerprint(WorkspacePlayer.Play(WorkspaceScript.Generate(12, Workspaces.Tiny)));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(Workspaces.Default(1).Script.Describe(), WorkspaceScript.Generate(1).Describe());
    }

    [Fact]
    public void Scripts_without_any_operations_still_play_and_keep_every_invariant()
    {
        var script = WorkspaceScript.Generate(1, Workspaces.Tiny);
        var random = new Random(5);
        WorkspaceScript[] shrunk =
        [
            script.WithoutRange(0, script.Operations.Count / 2),
            script.WithoutRange(script.Operations.Count / 3, script.Operations.Count / 3),
            script.Without(Enumerable.Range(0, script.Operations.Count).Where(_ => random.NextDouble() < 0.5)),
            script.Without(Enumerable.Range(0, script.Operations.Count).Where(i => i % 3 != 0)),
            script.WithoutRange(0, script.Operations.Count),
        ];

        foreach (var smaller in shrunk)
        {
            var played = WorkspacePlayer.Play(smaller);
            Assert.Equal(played.Writes.Count, played.WritesPerOperation.Sum());
            WriteInvariants.Hold(played);
        }
    }

    [Fact]
    public void Operations_on_a_room_whose_opening_was_removed_write_nothing()
    {
        var script = WorkspaceScript.Generate(2, Workspaces.Tiny);
        var opening = script.Operations.Select((o, i) => (o, i)).First(p => p.o.Kind == OperationKind.OpenOmnichannelRoom);
        var room = opening.o.Target;

        var smaller = script.Without([opening.i]);
        var played = WorkspacePlayer.Play(smaller);

        var dependent = smaller.Operations.Select((o, i) => (o, i)).Where(p => p.o.Target == room || p.o.With == room).ToList();
        Assert.NotEmpty(dependent);
        Assert.All(dependent, p => Assert.Equal(0, played.WritesPerOperation[p.i]));
    }

    [Fact]
    public void Describe_lists_every_operation_and_Only_replays_a_shrunk_script()
    {
        var script = WorkspaceScript.Generate(3, Workspaces.Tiny);
        var shrunk = script.Without(Enumerable.Range(0, script.Operations.Count).Where(i => i % 2 == 1));

        var lines = shrunk.Describe().Split('\n');
        var replayed = WorkspaceScript.Generate(3, Workspaces.Tiny).Only(shrunk.Operations.Select(o => o.Number));

        Assert.Equal(shrunk.Operations.Count + 2, lines.Length);
        Assert.Contains(shrunk.Operations[0].ToString(), lines);
        Assert.StartsWith("Replay: WorkspaceScript.Generate(3, ", lines[^1], StringComparison.Ordinal);
        Assert.Equal(shrunk.Operations, replayed.Operations);
    }

    [Fact]
    public void The_shrinker_keeps_the_failure_with_far_fewer_operations()
    {
        var script = WorkspaceScript.Generate(4, Workspaces.Minute);
        // Stands for a parity failure that needs an answered Omnichannel room.
        static bool Fails(WorkspaceScript s) =>
            WorkspacePlayer.Play(s).Final.Documents(Collections.Rooms).Any(r => r.Contains("responseBy"));
        Assert.True(Fails(script));

        var smallest = ScriptShrinker.Shrink(script, Fails, maxTries: 100);

        Assert.True(Fails(smallest));
        Assert.True(smallest.Operations.Count * 10 < script.Operations.Count, smallest.Describe());
    }

    [Fact]
    public void Options_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkspaceScript.Generate(1, new WorkspaceOptions(Users: 3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkspaceScript.Generate(1, new WorkspaceOptions(TeamChatShare: 1)));
    }
}
