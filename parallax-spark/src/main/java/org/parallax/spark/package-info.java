/**
 * The pipeline as an Apache Spark job: the extraction and annotation stages of {@code parallax analyze} in
 * {@code mapPartitions}, copies as a shuffle by LSH band key, stories and identities as the same fold over the
 * corpus order, and every layer written as Parquet for {@code parallax import}. Spark is provided by the cluster
 * and seen by no other module. Entry point: {@link org.parallax.spark.ParallaxJob}.
 */
package org.parallax.spark;
