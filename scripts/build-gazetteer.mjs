// placeholder replaced by the places work
