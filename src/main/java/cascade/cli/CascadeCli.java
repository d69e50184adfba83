package cascade.cli;
public class CascadeCli { public static void main(String[] a) {} }
