using Microsoft.Extensions.Hosting;
using OmniCharts.Ingestor.Sources.MongoDb.ChangeStreams;
using Quartz;

namespace OmniCharts.Ingestor.Jobs;

/// <summary>Schedules the Quartz jobs of <c>serve</c>: the poll and the pending rooms (intervals) and the reconciliation (a cron).</summary>
public static class JobsRegistration
{
    /// <summary>Adds Quartz with <see cref="PollJob"/> every <c>Ingestor:Poll:Interval</c> and <see cref="ReconcileJob"/> on <c>Ingestor:Reconcile:Cron</c>.</summary>
    public static IHostApplicationBuilder AddLiveJobs(this IHostApplicationBuilder builder)
    {
        var options = LiveOptions.From(builder.Configuration);
        builder.AddQuartz(quartz =>
        {
            quartz.ScheduleJob<PollJob>(
                trigger => trigger.WithIdentity(PollJob.Name).StartNow()
                    .WithSimpleSchedule(schedule => schedule.WithInterval(options.PollInterval).RepeatForever()),
                job => job.WithIdentity(PollJob.Name));
            quartz.ScheduleJob<PendingRoomsJob>(
                // A first pass at start would find nothing that has waited a whole interval.
                trigger => trigger.WithIdentity(PendingRoomsJob.Name).StartAt(DateTimeOffset.UtcNow + options.PendingRoomsInterval)
                    .WithSimpleSchedule(schedule => schedule.WithInterval(options.PendingRoomsInterval).RepeatForever()),
                job => job.WithIdentity(PendingRoomsJob.Name));
            if (options.ReconcileEnabled)
                quartz.ScheduleJob<ReconcileJob>(
                    trigger => trigger.WithIdentity(ReconcileJob.Name).WithCronSchedule(options.ReconcileCron, _ => { }),
                    job => job.WithIdentity(ReconcileJob.Name));
        });
        builder.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return builder;
    }
}
